package io.devzone.investment.mapping;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.commons.zone.Park;
import io.devzone.investment.domain.Enterprise;
import io.devzone.investment.domain.IndustryChain;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 企业 as REST and GraphQL show it; a federation entity other departments extend (Party branches, activities). */
@Name("Enterprise")
@Key(fields = @FieldSet("id"))
public record EnterpriseView(
        @Id @NonNull UUID id,
        int version,
        @NonNull String name,
        @NonNull Park park,
        @NonNull IndustryChain industryChain,
        @Description("工业企业 (利废企业 included)") boolean industrial,
        boolean aboveDesignatedSize,
        @NonNull Audit audit) implements RecordView {

    public static EnterpriseView of(Enterprise enterprise) {
        return new EnterpriseView(enterprise.id, enterprise.version, enterprise.name, enterprise.park,
                enterprise.industryChain, enterprise.industrial, enterprise.aboveDesignatedSize, Audit.of(enterprise));
    }
}
