import {
  type ColumnDefinitionNode,
  DataTypeNode,
  GeneratedNode,
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  RawNode,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

/**
 * Reads the migrations' SQLite column types as PostgreSQL must to keep their meaning, so that one
 * set of migrations serves both stores: SQLite's integer is 64-bit (epoch milliseconds, file sizes),
 * its `integer primary key` numbers rows itself, its text compares byte by byte.
 */
class ColumnTypeTransformer extends OperationNodeTransformer {
  protected override transformColumnDefinition(node: ColumnDefinitionNode): ColumnDefinitionNode {
    const column = super.transformColumnDefinition(node);
    if (!DataTypeNode.is(column.dataType)) return column;
    switch (column.dataType.dataType) {
      case 'integer':
        return column.primaryKey
          ? {
              ...column,
              dataType: DataTypeNode.create('bigint'),
              autoIncrement: false,
              generated: GeneratedNode.create({ identity: true, byDefault: true }),
            }
          : { ...column, dataType: DataTypeNode.create('bigint') };
      case 'real':
        return { ...column, dataType: DataTypeNode.create('double precision') };
      case 'blob':
        return { ...column, dataType: DataTypeNode.create('bytea') };
      case 'text':
        // SQLite's BINARY collation: ISO dates and ids sort alike in both stores.
        return { ...column, dataType: RawNode.createWithSql('text collate "C"') };
      default:
        return column;
    }
  }
}

/** Applied to the PostgreSQL store's schema changes (create and alter table) only. */
export class PostgresColumnTypes implements KyselyPlugin {
  readonly #transformer = new ColumnTypeTransformer();

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind !== 'CreateTableNode' && node.kind !== 'AlterTableNode') return node;
    return this.#transformer.transformNode(node);
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}
