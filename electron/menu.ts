// The application menu; commands are forwarded to the focused renderer.
import { Menu, type MenuItemConstructorOptions, type Shell } from 'electron';
import type { MenuCommand } from '../shared/ipc';

export function buildMenu(send: (command: MenuCommand) => void, _shell: Shell): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Import Data Pack…', accelerator: 'CmdOrCtrl+O', click: () => send('import-pack') },
        { label: 'Back Up My Work…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send('export-backup') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Fit Mongolia', accelerator: 'CmdOrCtrl+0', click: () => send('fit-mongolia') },
        { label: 'Toggle Dark Theme', accelerator: 'CmdOrCtrl+Shift+D', click: () => send('toggle-theme') },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
