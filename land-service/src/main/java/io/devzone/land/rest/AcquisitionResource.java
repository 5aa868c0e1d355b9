package io.devzone.land.rest;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.devzone.codegen.RecordRest;
import io.devzone.land.service.AcquisitionService;

@Path("/api/acquisitions")
@Tag(name = "Acquisitions", description = "征地: acquisitions of land parcels; a parcel's acquired total never exceeds its area")
@RecordRest(service = AcquisitionService.class, history = true)
public class AcquisitionResource extends AcquisitionResourceRecords {
}
