/** Destinations of the main navigation; `primary` ones also fit the phone's bottom bar. */
export interface NavItem {
  to: string;
  labelKey: `nav.${'dashboard' | 'diary' | 'scan' | 'plan' | 'activities' | 'progress' | 'coach' | 'settings' | 'status'}`;
  icon: string;
  primary: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.dashboard', icon: 'M3 12l9-8 9 8v8a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z', primary: true },
  { to: '/scan', labelKey: 'nav.scan', icon: 'M3 5v14M6 5v14M9 5v14M13 5v14M16 5v14M20 5v14', primary: true },
  { to: '/status', labelKey: 'nav.status', icon: 'M4 12h4l3-8 4 16 3-8h2', primary: true },
];
