import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, schemaVersion, type Migration } from './migrations';

function createMemoryDb() {
	return new Database(':memory:');
}

describe('migrate', () => {
	it('applies a step once when another process migrates the same file at the same moment', () => {
		const dir = mkdtempSync(join(tmpdir(), 'claimsmap-migrate-'));
		const path = join(dir, 'race.db');
		const other = new Database(path);
		const db = new Database(path);
		const steps: Migration[] = [
			{ version: 1, description: 'a', sql: 'CREATE TABLE a (x INTEGER);' }
		];
		// The other process migrates right after this one has looked at the version outside a
		// transaction (the interleaving of two servers starting together).
		let looks = 0;
		const racing = new Proxy(db, {
			get(target, key) {
				if (key !== 'pragma') return Reflect.get(target, key, target);
				return (source: string, options?: { simple?: boolean }) => {
					const result = target.pragma(source, options);
					looks++;
					if (looks === 2 && !target.inTransaction) migrate(other, steps);
					return result;
				};
			}
		});
		expect(() => migrate(racing, steps)).not.toThrow();
		expect(schemaVersion(db)).toBe(1);
		db.close();
		other.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('brings an empty database to the latest version and reports where it started', () => {
		const db = createMemoryDb();
		expect(migrate(db)).toBe(0);
		expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
		expect(migrate(db)).toBe(MIGRATIONS.at(-1)!.version);
		db.close();
	});

	it('applies only the steps a database lacks, in order', () => {
		const db = createMemoryDb();
		const steps: Migration[] = [
			{ version: 1, description: 'a', sql: 'CREATE TABLE a (x INTEGER);' },
			{ version: 2, description: 'b', sql: 'ALTER TABLE a ADD COLUMN y TEXT;' }
		];
		migrate(db, steps.slice(0, 1));
		db.prepare('INSERT INTO a (x) VALUES (1)').run();
		expect(migrate(db, steps)).toBe(1);
		expect(db.prepare('SELECT x, y FROM a').all()).toEqual([{ x: 1, y: null }]);
		db.close();
	});

	it('leaves the database at the last whole version when a step fails', () => {
		const db = createMemoryDb();
		const steps: Migration[] = [
			{ version: 1, description: 'a', sql: 'CREATE TABLE a (x INTEGER);' },
			{
				version: 2,
				description: 'broken',
				sql: 'CREATE TABLE b (x INTEGER); SELECT * FROM nowhere;'
			}
		];
		expect(() => migrate(db, steps)).toThrow();
		expect(schemaVersion(db)).toBe(1);
		expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").all()).toEqual([]);
		db.close();
	});

	it('refuses a database made by a newer version', () => {
		const db = createMemoryDb();
		db.pragma('user_version = 99');
		expect(() => migrate(db)).toThrow(/newer/);
		db.close();
	});
});
