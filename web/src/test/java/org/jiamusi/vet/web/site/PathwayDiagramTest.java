package org.jiamusi.vet.web.site;

import org.jiamusi.vet.cms.programme.Level;
import org.jiamusi.vet.cms.programme.Pathway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PathwayDiagramTest {

    @Test
    void theProgrammesOwnRouteAndLevelAreTheOnlyOnesMarked() {
        PathwayDiagram diagram = PathwayDiagram.of(Level.SECONDARY_VOCATIONAL, Pathway.THREE_PLUS_TWO);

        assertThat(diagram.rows()).filteredOn(PathwayDiagram.Row::current)
                .extracting(PathwayDiagram.Row::pathway).containsExactly("THREE_PLUS_TWO");
        assertThat(diagram.stages()).filteredOn(PathwayDiagram.Stage::current)
                .extracting(PathwayDiagram.Stage::key).containsExactly("secondary");
        assertThat(diagram.onRoute()).isTrue();
    }

    @Test
    void everyRouteIsDrawnWithAnArrowFromEachStopToTheNext() {
        PathwayDiagram diagram = PathwayDiagram.of(Level.HIGHER_VOCATIONAL, Pathway.NONE);

        assertThat(diagram.rows()).extracting(PathwayDiagram.Row::pathway).containsExactly(
                "THREE_PLUS_TWO", "FIVE_YEAR", "HIGHER_TO_UNDERGRADUATE", "SECONDARY_HIGHER_UNDERGRADUATE");
        PathwayDiagram.Row throughAll = diagram.rows().get(3);
        assertThat(throughAll.stops()).hasSize(3);
        assertThat(throughAll.segments()).hasSize(2).allSatisfy(segment -> assertThat(segment.x2()).isGreaterThan(segment.x1()));
        assertThat(diagram.rows()).noneMatch(PathwayDiagram.Row::current);
        assertThat(diagram.onRoute()).isFalse();
    }

    @Test
    void bothKindsOfUndergraduateEducationAreTheThirdStageAndEverythingFitsTheBox() {
        PathwayDiagram diagram = PathwayDiagram.of(Level.APPLIED_UNDERGRADUATE, Pathway.SECONDARY_HIGHER_UNDERGRADUATE);

        assertThat(diagram.stages()).filteredOn(PathwayDiagram.Stage::current)
                .extracting(PathwayDiagram.Stage::key).containsExactly("undergraduate");
        assertThat(diagram.stages()).allSatisfy(stage -> assertThat(stage.x()).isBetween(0, diagram.width() - PathwayDiagram.STAGE_WIDTH));
        assertThat(diagram.rows().get(3).y() + PathwayDiagram.ROW_HEIGHT).isLessThanOrEqualTo(diagram.height());
    }
}
