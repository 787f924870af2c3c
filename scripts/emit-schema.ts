/** Writes schema/schema.graphql from the code (npm run schema:emit); a test checks they match. */
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { buildGraphQLSchema } from '../resolvers/index.js';

const sdl = printSchema(await buildGraphQLSchema()) + '\n';
writeFileSync(new URL('../schema/schema.graphql', import.meta.url), sdl);
console.log(`schema/schema.graphql: ${sdl.split('\n').length} lines`);
