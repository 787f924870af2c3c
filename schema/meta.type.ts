import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A knowledge source of the graph: the curation, or a public file imported into it.' })
export class DataSource {
  @Field(() => String, { description: 'Name (resistkg curation, HGNC, DGIdb, DrugCentral, …).' })
  name!: string;

  @Field(() => String, { description: 'Its infores: id (Biolink information resource registry, or the project’s).' })
  infores!: string;

  @Field(() => String, { nullable: true, description: 'The file imported (its name says the version), if any.' })
  version?: string | null;

  @Field(() => String, { description: 'Licence, as the source states it.' })
  licence!: string;

  @Field(() => String, { description: 'Where it is published.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'When the file was imported (ISO 8601); null for the curation.' })
  retrievedAt?: string | null;
}

@ObjectType({ description: 'Which data a client is reading, so an answer can be pinned and reproduced.' })
export class Meta {
  @Field(() => String, {
    description:
      'The data version: changes with every committed write (the graph version). Equal versions of one database give equal answers.',
  })
  dataVersion!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The release this database was loaded from (npm run import -- release), if any.',
  })
  releaseName?: string | null;

  @Field(() => String, { nullable: true, description: 'When that release was written (ISO 8601).' })
  releasedAt?: string | null;

  @Field(() => [DataSource], { description: 'The curation and every public source imported, with licences.' })
  sources!: DataSource[];
}
