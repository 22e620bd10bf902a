/** Destinations of the main navigation; `primary` ones also fit the phone's bottom bar. */
export interface NavItem {
  to: string;
  labelKey: `nav.${'dashboard' | 'diary' | 'scan' | 'plan' | 'recipes' | 'activities' | 'imports' | 'workouts' | 'progress' | 'coach' | 'settings' | 'status' | 'coachConsole' | 'admin'}`;
  icon: string;
  primary: boolean;
  role?: 'coach' | 'admin';
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.dashboard', icon: 'M3 12l9-8 9 8v8a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z', primary: true },
  { to: '/diary', labelKey: 'nav.diary', icon: 'M6 3h11a2 2 0 0 1 2 2v16H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zM8 8h8M8 12h8', primary: true },
  { to: '/scan', labelKey: 'nav.scan', icon: 'M3 5v14M6 5v14M9 5v14M13 5v14M16 5v14M20 5v14', primary: true },
  { to: '/coach', labelKey: 'nav.coach', icon: 'M4 5h16v11H9l-5 4z', primary: true },
  { to: '/recipes', labelKey: 'nav.recipes', icon: 'M4 11h16a8 8 0 0 1-16 0zM8 7c0-2 2-2 2-4M13 7c0-2 2-2 2-4', primary: false },
  { to: '/plan', labelKey: 'nav.plan', icon: 'M4 5h16v15H4zM4 9h16M9 3v4M15 3v4', primary: false },
  { to: '/activities', labelKey: 'nav.activities', icon: 'M13 4a2 2 0 1 0 0 .1M6 20l4-6 3 2 2-5 4 3M9 10l3-3 3 2', primary: false },
  { to: '/workouts', labelKey: 'nav.workouts', icon: 'M6 6v12M18 6v12M3 9v6M21 9v6M6 12h12', primary: false },
  { to: '/imports', labelKey: 'nav.imports', icon: 'M12 3v12M7 10l5 5 5-5M4 17v3h16v-3', primary: false },
  { to: '/progress', labelKey: 'nav.progress', icon: 'M4 20V10M10 20V4M16 20v-8M22 20H2', primary: false },
  { to: '/clients', labelKey: 'nav.coachConsole', icon: 'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20a6 6 0 0 1 12 0M17 11a3 3 0 1 0 0-6M22 20a6 6 0 0 0-5-6', primary: false, role: 'coach' },
  { to: '/admin', labelKey: 'nav.admin', icon: 'M12 3l8 4v5c0 5-3.5 8-8 9-4.5-1-8-4-8-9V7z', primary: false, role: 'admin' },
  { to: '/settings', labelKey: 'nav.settings', icon: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12l2-1-2-4-2 1-2-2V4h-4v2L9 7 7 6 5 10l2 1v2l-2 1 2 4 2-1 2 1v2h4v-2l2-1 2 1 2-4-2-1z', primary: false },
  { to: '/status', labelKey: 'nav.status', icon: 'M4 12h4l3-8 4 16 3-8h2', primary: false },
];
