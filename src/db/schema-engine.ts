import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);

/**
 * Prisma's schema engine, wasm build. The package's entry does `import * from "*.wasm"`, which Node 20
 * cannot load, so we instantiate the module ourselves with its wasm-bindgen glue as the import object.
 */
let glue: Promise<typeof import('@prisma/schema-engine-wasm')> | null = null;

async function loadGlue(): Promise<typeof import('@prisma/schema-engine-wasm')> {
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const bg = (await import(path.join(dir, 'schema_engine_bg.js'))) as Record<string, unknown> & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg as unknown as typeof import('@prisma/schema-engine-wasm');
}

export async function openSchemaEngine(
  schemaPath: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  glue ??= loadGlue();
  const mod = await glue;
  const datamodel = fs.readFileSync(schemaPath, 'utf8');
  const bound = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  return mod.SchemaEngine.new({ datamodels: [[schemaPath, datamodel]] }, () => {}, bound);
}

/** Reads prisma/migrations exactly as `prisma migrate deploy` does, so both see the same history. */
export function readMigrationList(migrationsDir: string): MigrationList {
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const dirs = fs.existsSync(migrationsDir)
    ? fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: fs.existsSync(file)
            ? { tag: 'ok' as const, value: fs.readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `missing ${file}` },
        },
      };
    }),
  };
}
