// What the build gives the browser code as __ASSESSMENT_SHAPE__ (astro.config.mjs): the stored
// assessment's shape, derived from AssessmentSchema.
import { storedShape } from '../../scripts/lib/stored-shape';

(globalThis as { __ASSESSMENT_SHAPE__?: unknown }).__ASSESSMENT_SHAPE__ = storedShape();
