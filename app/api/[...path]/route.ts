import { unknownApiRoute } from '@/lib/api/route';

export { unknownApiRoute as GET, unknownApiRoute as POST, unknownApiRoute as PUT, unknownApiRoute as PATCH, unknownApiRoute as DELETE };
