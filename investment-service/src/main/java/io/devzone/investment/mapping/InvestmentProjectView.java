package io.devzone.investment.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.record.RecordView;
import io.devzone.commons.zone.Park;
import io.devzone.investment.domain.IndustryChain;
import io.devzone.investment.domain.InvestmentProject;
import io.devzone.investment.domain.PipelineStage;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** 招商项目 as REST and GraphQL show it; a federation entity the land department extends with its parcels. */
@Name("InvestmentProject")
@Key(fields = @FieldSet("id"))
public record InvestmentProjectView(
        @Id @NonNull UUID id,
        int version,
        @NonNull String name,
        @Id @NonNull UUID enterpriseId,
        @NonNull IndustryChain industryChain,
        @NonNull Park park,
        @Description("Agreed investment in yuan (CNY)") @NonNull BigDecimal agreedInvestmentCny,
        boolean strategicInvestor,
        @NonNull PipelineStage stage,
        @Description("The stages the project may move to now (changeInvestmentProjectStage); empty at the end of"
                + " the pipeline") @NonNull List<@NonNull PipelineStage> allowedMoves,
        @Description("项目联络工作组") String liaisonGroup,
        @Description("责任领导") String responsibleLeader,
        @NonNull Audit audit) implements RecordView {

    public static InvestmentProjectView of(InvestmentProject project) {
        return new InvestmentProjectView(project.id, project.version, project.name, project.enterpriseId,
                project.industryChain, project.park, project.agreedInvestmentCny, project.strategicInvestor,
                project.stage, List.copyOf(project.stage.next()), project.liaisonGroup, project.responsibleLeader, Audit.of(project));
    }
}
