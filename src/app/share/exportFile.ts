import { fileBaseName, scenarioFileText } from '../../share/file.ts';
import { currentScenarioFile } from '../../store/index.ts';
import { downloadText } from '../../ui/download.ts';

/** Saves the open scenario as a native file (`<name>.json`): network, saved flows and layout. */
export function exportScenarioFile(): void {
  const file = currentScenarioFile();
  downloadText(`${fileBaseName(file.scenario.name)}.json`, scenarioFileText(file));
}
