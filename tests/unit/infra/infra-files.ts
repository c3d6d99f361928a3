import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readBicep, type BicepFile, type BicepObject, type Declaration, type Param } from './bicep-text';

export const ROOT = path.resolve(__dirname, '../../..');
export const INFRA = path.join(ROOT, 'infra');

export interface InfraFile extends BicepFile {
  /** Path relative to the repository root, for messages. */
  name: string;
}

export function readInfraFile(relative: string): InfraFile {
  return { name: relative, ...readBicep(readFileSync(path.join(ROOT, relative), 'utf8')) };
}

/** main.bicep and every module, in a fixed order. */
export function allInfraFiles(): InfraFile[] {
  const modules = readdirSync(path.join(INFRA, 'modules'))
    .filter((f) => f.endsWith('.bicep'))
    .sort()
    .map((f) => `infra/modules/${f}`);
  return ['infra/main.bicep', ...modules].map(readInfraFile);
}

export function resourcesOfType(files: InfraFile[], type: string): (Declaration & { file: InfraFile })[] {
  return files.flatMap((file) =>
    file.resources.filter((r) => r.target.split('@')[0] === type).map((r) => ({ ...r, file })),
  );
}

export function onlyResource(files: InfraFile[], type: string): Declaration & { file: InfraFile } {
  const found = resourcesOfType(files, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0]!;
}

export function param(file: InfraFile, name: string): Param {
  const p = file.params.find((x) => x.name === name);
  if (!p) throw new Error(`${file.name} has no param ${name}`);
  return p;
}

/** The app settings the template writes: the entries of the sites/config 'appsettings' resource. */
export function appSettings(files: InfraFile[]): { object: BicepObject; file: InfraFile } {
  const found = resourcesOfType(files, 'Microsoft.Web/sites/config').filter(
    (r) => r.body.get('name') === "'appsettings'",
  );
  if (found.length !== 1) throw new Error(`expected one appsettings resource, found ${found.length}`);
  const object = found[0]!.body.object('properties');
  if (!object) throw new Error('the appsettings resource has no properties object');
  return { object, file: found[0]!.file };
}

/** The module declaration in main.bicep that deploys the given module file, and the module file itself. */
export function moduleOf(main: InfraFile, file: InfraFile): Declaration {
  const decl = main.modules.find((m) => `infra/${m.target}` === file.name);
  if (!decl) throw new Error(`main.bicep does not deploy ${file.name}`);
  return decl;
}
