// zod, extended once with .openapi() before any schema is made (zod 4 attaches methods per instance), so
// every schema can document itself (see lib/api/openapi.ts). Import z from here, never from "zod".
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);
// Without this zod probes for eval with Function("") on first parse; in the browser the console's CSP
// (no 'unsafe-eval') reports that probe as a violation, even though zod catches it.
z.config({ jitless: true });

export { z };
