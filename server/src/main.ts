import { startTracing } from './ops/tracing.js';

// Tracing, when asked for, hooks the modules it instruments before anything loads them: the
// server comes in by a dynamic import, after it.
const tracing = await startTracing();
const { serve } = await import('./serve.js');
await serve({ beforeExit: async () => tracing?.shutdown() });
