import { errorResponse } from '@/lib/api/respond';
import { notFound } from '@/lib/errors';

// Unknown API paths answer in the API's error shape, not with an HTML page.
function unknownRoute(req: Request) {
  return errorResponse(notFound(`No API route ${req.method} ${new URL(req.url).pathname}`));
}

export { unknownRoute as GET, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
