// zod, extended once with .openapi() before any schema is made (zod 4 attaches methods per instance), so
// every schema can document itself (see lib/api/openapi.ts). Import z from here, never from "zod".
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

export { z };
