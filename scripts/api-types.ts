import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, openApiDocument } from '../server/http/api-types';
import { apiTypes } from './api-types/generate';

// npm run api:types: regenerate the web's API types after changing a route's schemas.
writeFileSync(API_TYPES_FILE, await apiTypes(await openApiDocument()));
console.log(`wrote ${API_TYPES_FILE}`);
