import { quietKnownDeprecations } from '../src/cli/quiet-deprecations';

// Before anything loads restify (through the composition root): its known DEP0111 warning would land
// in the middle of the figures.
quietKnownDeprecations();
