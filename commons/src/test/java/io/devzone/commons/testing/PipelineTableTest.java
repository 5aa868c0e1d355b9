package io.devzone.commons.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** The services' pipeline tests lean on {@link PipelineTable}: it must fail on every kind of disagreement. */
class PipelineTableTest {

    /** A small pipeline: DRAFT → REVIEWED → PUBLISHED, or WITHDRAWN from either of the first two. */
    enum Article {
        DRAFT, REVIEWED, PUBLISHED, WITHDRAWN;

        Set<Article> next() {
            return switch (this) {
                // listed out of order on purpose: EnumSet still iterates in pipeline order
                case DRAFT -> EnumSet.of(WITHDRAWN, REVIEWED);
                case REVIEWED -> EnumSet.of(PUBLISHED, WITHDRAWN);
                case PUBLISHED, WITHDRAWN -> EnumSet.noneOf(Article.class);
            };
        }

        boolean canMoveTo(Article target) {
            return next().contains(target);
        }
    }

    private static final Map<Article, Set<Article>> TABLE = Map.of(
            Article.DRAFT, Set.of(Article.REVIEWED, Article.WITHDRAWN),
            Article.REVIEWED, Set.of(Article.PUBLISHED, Article.WITHDRAWN),
            Article.PUBLISHED, Set.of(),
            Article.WITHDRAWN, Set.of());

    @Test
    void passesWhenNextAndCanMoveToFollowTheTable() {
        PipelineTable.assertMoves(Article.class, TABLE, Article::next, Article::canMoveTo);
    }

    @Test
    void failsWhenARowDiffers() {
        Map<Article, Set<Article>> stricter = Map.of(
                Article.DRAFT, Set.of(Article.REVIEWED),
                Article.REVIEWED, Set.of(Article.PUBLISHED, Article.WITHDRAWN),
                Article.PUBLISHED, Set.of(),
                Article.WITHDRAWN, Set.of());

        assertThrows(AssertionError.class,
                () -> PipelineTable.assertMoves(Article.class, stricter, Article::next, Article::canMoveTo));
    }

    @Test
    void failsWhenCanMoveToDisagreesWithNext() {
        assertThrows(AssertionError.class, () -> PipelineTable.assertMoves(Article.class, TABLE, Article::next,
                (from, to) -> from.canMoveTo(to) || to == Article.DRAFT));
    }

    @Test
    void failsWhenNextListsOutOfPipelineOrder() {
        assertThrows(AssertionError.class, () -> PipelineTable.assertMoves(Article.class, TABLE,
                from -> from == Article.DRAFT ? new LinkedHashSet<>(List.of(Article.WITHDRAWN, Article.REVIEWED))
                        : from.next(),
                Article::canMoveTo));
    }

    @Test
    void failsWhenAValueHasNoRow() {
        Map<Article, Set<Article>> partial = Map.of(
                Article.DRAFT, Set.of(Article.REVIEWED, Article.WITHDRAWN),
                Article.REVIEWED, Set.of(Article.PUBLISHED, Article.WITHDRAWN),
                Article.PUBLISHED, Set.of());

        assertThrows(AssertionError.class,
                () -> PipelineTable.assertMoves(Article.class, partial, Article::next, Article::canMoveTo));
    }

    @Test
    void failsWhenAStandCannotBeReached() {
        // REVIEWED → PUBLISHED only, and nothing leads to WITHDRAWN: a stand no record can come to
        Map<Article, Set<Article>> dead = Map.of(
                Article.DRAFT, Set.of(Article.REVIEWED),
                Article.REVIEWED, Set.of(Article.PUBLISHED),
                Article.PUBLISHED, Set.of(),
                Article.WITHDRAWN, Set.of());
        Function<Article, Set<Article>> next = from -> dead.get(from).isEmpty() ? EnumSet.noneOf(Article.class)
                : EnumSet.copyOf(dead.get(from));

        assertThrows(AssertionError.class, () -> PipelineTable.assertMoves(Article.class, dead, next,
                (from, to) -> dead.get(from).contains(to)));
    }

    @Test
    void writesAOneStepPipelineAndFindsItsEnds() {
        assertEquals(Map.of(Article.DRAFT, Set.of(Article.REVIEWED), Article.REVIEWED, Set.of(Article.PUBLISHED),
                Article.PUBLISHED, Set.of()),
                PipelineTable.oneStepAtATime(Article.DRAFT, Article.REVIEWED, Article.PUBLISHED));
        assertEquals(List.of(Article.PUBLISHED, Article.WITHDRAWN), PipelineTable.ends(Article.class, Article::next));
    }
}
