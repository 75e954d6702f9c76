import { useEffect } from 'react';
import CopyLinkDialog from './CopyLinkDialog.tsx';
import ExportDialog from './ExportDialog.tsx';
import ImportDialog from './ImportDialog.tsx';
import { importFiles } from './importRun.ts';

/**
 * Sharing's dialogs (Copy link, Import, Export), and files dropped anywhere on the app: they are
 * imported together, as if picked in the Import dialog. (The canvas's own drops, from the
 * palette, carry no files and are left to it.)
 */
export default function ShareDialogs() {
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) void importFiles(files);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return (
    <>
      <CopyLinkDialog />
      <ImportDialog />
      <ExportDialog />
    </>
  );
}
