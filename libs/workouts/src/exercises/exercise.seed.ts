export type Muscle =
  | 'chest'
  | 'lats'
  | 'upper_back'
  | 'traps'
  | 'front_delts'
  | 'side_delts'
  | 'rear_delts'
  | 'biceps'
  | 'triceps'
  | 'forearms'
  | 'abs'
  | 'obliques'
  | 'lower_back'
  | 'glutes'
  | 'quads'
  | 'hamstrings'
  | 'calves'
  | 'adductors'
  | 'abductors'
  | 'hip_flexors';

export type Equipment =
  | 'barbell'
  | 'dumbbell'
  | 'machine'
  | 'cable'
  | 'bodyweight'
  | 'kettlebell'
  | 'band'
  | 'smith_machine'
  | 'ez_bar'
  | 'trap_bar'
  | 'other';

export type ExerciseCategory = 'compound' | 'isolation' | 'bodyweight' | 'plyometric' | 'core' | 'carry';

export interface ExerciseSeed {
  slug: string;
  name: string;
  category: ExerciseCategory;
  equipment: Equipment;
  primary: Muscle[];
  secondary: Muscle[];
}

const e = (
  slug: string,
  name: string,
  category: ExerciseCategory,
  equipment: Equipment,
  primary: Muscle[],
  secondary: Muscle[] = [],
): ExerciseSeed => ({
  slug,
  name,
  category,
  equipment,
  primary,
  secondary,
});

/** The built-in exercise library (system rows, user_id NULL). Slugs are stable ids. */
export const EXERCISE_SEED: readonly ExerciseSeed[] = [
  // Chest
  e(
    'barbell-bench-press',
    'Barbell Bench Press',
    'compound',
    'barbell',
    ['chest'],
    ['triceps', 'front_delts'],
  ),
  e(
    'incline-barbell-bench-press',
    'Incline Barbell Bench Press',
    'compound',
    'barbell',
    ['chest', 'front_delts'],
    ['triceps'],
  ),
  e(
    'decline-barbell-bench-press',
    'Decline Barbell Bench Press',
    'compound',
    'barbell',
    ['chest'],
    ['triceps'],
  ),
  e(
    'close-grip-bench-press',
    'Close-Grip Bench Press',
    'compound',
    'barbell',
    ['triceps', 'chest'],
    ['front_delts'],
  ),
  e(
    'dumbbell-bench-press',
    'Dumbbell Bench Press',
    'compound',
    'dumbbell',
    ['chest'],
    ['triceps', 'front_delts'],
  ),
  e(
    'incline-dumbbell-press',
    'Incline Dumbbell Press',
    'compound',
    'dumbbell',
    ['chest', 'front_delts'],
    ['triceps'],
  ),
  e('dumbbell-fly', 'Dumbbell Fly', 'isolation', 'dumbbell', ['chest']),
  e('incline-dumbbell-fly', 'Incline Dumbbell Fly', 'isolation', 'dumbbell', ['chest'], ['front_delts']),
  e('cable-crossover', 'Cable Crossover', 'isolation', 'cable', ['chest']),
  e('pec-deck', 'Pec Deck Machine', 'isolation', 'machine', ['chest']),
  e('machine-chest-press', 'Machine Chest Press', 'compound', 'machine', ['chest'], ['triceps']),
  e('push-up', 'Push-Up', 'bodyweight', 'bodyweight', ['chest'], ['triceps', 'front_delts', 'abs']),
  e('diamond-push-up', 'Diamond Push-Up', 'bodyweight', 'bodyweight', ['triceps', 'chest']),
  e('chest-dip', 'Chest Dip', 'bodyweight', 'bodyweight', ['chest', 'triceps'], ['front_delts']),
  e(
    'smith-machine-bench-press',
    'Smith Machine Bench Press',
    'compound',
    'smith_machine',
    ['chest'],
    ['triceps'],
  ),
  // Back
  e(
    'deadlift',
    'Deadlift',
    'compound',
    'barbell',
    ['hamstrings', 'glutes', 'lower_back'],
    ['traps', 'forearms', 'quads'],
  ),
  e(
    'sumo-deadlift',
    'Sumo Deadlift',
    'compound',
    'barbell',
    ['glutes', 'quads', 'adductors'],
    ['hamstrings', 'lower_back'],
  ),
  e(
    'trap-bar-deadlift',
    'Trap Bar Deadlift',
    'compound',
    'trap_bar',
    ['quads', 'glutes'],
    ['hamstrings', 'traps'],
  ),
  e(
    'romanian-deadlift',
    'Romanian Deadlift',
    'compound',
    'barbell',
    ['hamstrings', 'glutes'],
    ['lower_back'],
  ),
  e(
    'dumbbell-romanian-deadlift',
    'Dumbbell Romanian Deadlift',
    'compound',
    'dumbbell',
    ['hamstrings', 'glutes'],
    ['lower_back'],
  ),
  e('barbell-row', 'Barbell Row', 'compound', 'barbell', ['upper_back', 'lats'], ['biceps', 'rear_delts']),
  e('pendlay-row', 'Pendlay Row', 'compound', 'barbell', ['upper_back', 'lats'], ['biceps']),
  e('dumbbell-row', 'One-Arm Dumbbell Row', 'compound', 'dumbbell', ['lats', 'upper_back'], ['biceps']),
  e('t-bar-row', 'T-Bar Row', 'compound', 'barbell', ['upper_back', 'lats'], ['biceps']),
  e('seated-cable-row', 'Seated Cable Row', 'compound', 'cable', ['upper_back', 'lats'], ['biceps']),
  e(
    'chest-supported-row',
    'Chest-Supported Row',
    'compound',
    'machine',
    ['upper_back'],
    ['rear_delts', 'biceps'],
  ),
  e('pull-up', 'Pull-Up', 'bodyweight', 'bodyweight', ['lats'], ['biceps', 'upper_back']),
  e('chin-up', 'Chin-Up', 'bodyweight', 'bodyweight', ['lats', 'biceps'], ['upper_back']),
  e('lat-pulldown', 'Lat Pulldown', 'compound', 'cable', ['lats'], ['biceps', 'upper_back']),
  e('close-grip-lat-pulldown', 'Close-Grip Lat Pulldown', 'compound', 'cable', ['lats'], ['biceps']),
  e('straight-arm-pulldown', 'Straight-Arm Pulldown', 'isolation', 'cable', ['lats']),
  e('inverted-row', 'Inverted Row', 'bodyweight', 'bodyweight', ['upper_back', 'lats'], ['biceps']),
  e('rack-pull', 'Rack Pull', 'compound', 'barbell', ['traps', 'lower_back'], ['glutes', 'forearms']),
  e('good-morning', 'Good Morning', 'compound', 'barbell', ['hamstrings', 'lower_back'], ['glutes']),
  e('back-extension', 'Back Extension', 'isolation', 'bodyweight', ['lower_back'], ['glutes', 'hamstrings']),
  e('barbell-shrug', 'Barbell Shrug', 'isolation', 'barbell', ['traps']),
  e('dumbbell-shrug', 'Dumbbell Shrug', 'isolation', 'dumbbell', ['traps']),
  // Shoulders
  e('overhead-press', 'Overhead Press', 'compound', 'barbell', ['front_delts'], ['triceps', 'side_delts']),
  e(
    'seated-dumbbell-press',
    'Seated Dumbbell Shoulder Press',
    'compound',
    'dumbbell',
    ['front_delts'],
    ['triceps', 'side_delts'],
  ),
  e('arnold-press', 'Arnold Press', 'compound', 'dumbbell', ['front_delts', 'side_delts'], ['triceps']),
  e('push-press', 'Push Press', 'compound', 'barbell', ['front_delts'], ['triceps', 'quads']),
  e('machine-shoulder-press', 'Machine Shoulder Press', 'compound', 'machine', ['front_delts'], ['triceps']),
  e('lateral-raise', 'Dumbbell Lateral Raise', 'isolation', 'dumbbell', ['side_delts']),
  e('cable-lateral-raise', 'Cable Lateral Raise', 'isolation', 'cable', ['side_delts']),
  e('front-raise', 'Dumbbell Front Raise', 'isolation', 'dumbbell', ['front_delts']),
  e('rear-delt-fly', 'Rear Delt Dumbbell Fly', 'isolation', 'dumbbell', ['rear_delts'], ['upper_back']),
  e('reverse-pec-deck', 'Reverse Pec Deck', 'isolation', 'machine', ['rear_delts']),
  e('face-pull', 'Face Pull', 'isolation', 'cable', ['rear_delts', 'upper_back'], ['traps']),
  e('upright-row', 'Upright Row', 'compound', 'barbell', ['side_delts', 'traps']),
  e('pike-push-up', 'Pike Push-Up', 'bodyweight', 'bodyweight', ['front_delts'], ['triceps']),
  e('handstand-push-up', 'Handstand Push-Up', 'bodyweight', 'bodyweight', ['front_delts', 'triceps']),
  // Arms
  e('barbell-curl', 'Barbell Curl', 'isolation', 'barbell', ['biceps'], ['forearms']),
  e('ez-bar-curl', 'EZ-Bar Curl', 'isolation', 'ez_bar', ['biceps'], ['forearms']),
  e('dumbbell-curl', 'Dumbbell Curl', 'isolation', 'dumbbell', ['biceps']),
  e('hammer-curl', 'Hammer Curl', 'isolation', 'dumbbell', ['biceps', 'forearms']),
  e('incline-dumbbell-curl', 'Incline Dumbbell Curl', 'isolation', 'dumbbell', ['biceps']),
  e('preacher-curl', 'Preacher Curl', 'isolation', 'ez_bar', ['biceps']),
  e('concentration-curl', 'Concentration Curl', 'isolation', 'dumbbell', ['biceps']),
  e('cable-curl', 'Cable Curl', 'isolation', 'cable', ['biceps']),
  e('triceps-pushdown', 'Triceps Pushdown', 'isolation', 'cable', ['triceps']),
  e('overhead-triceps-extension', 'Overhead Cable Triceps Extension', 'isolation', 'cable', ['triceps']),
  e('skull-crusher', 'Skull Crusher', 'isolation', 'ez_bar', ['triceps']),
  e('dumbbell-kickback', 'Dumbbell Kickback', 'isolation', 'dumbbell', ['triceps']),
  e('bench-dip', 'Bench Dip', 'bodyweight', 'bodyweight', ['triceps'], ['chest']),
  e('wrist-curl', 'Wrist Curl', 'isolation', 'barbell', ['forearms']),
  e('reverse-curl', 'Reverse Barbell Curl', 'isolation', 'barbell', ['forearms', 'biceps']),
  // Legs
  e(
    'back-squat',
    'Barbell Back Squat',
    'compound',
    'barbell',
    ['quads', 'glutes'],
    ['adductors', 'lower_back', 'hamstrings'],
  ),
  e('front-squat', 'Barbell Front Squat', 'compound', 'barbell', ['quads'], ['glutes', 'abs', 'upper_back']),
  e('goblet-squat', 'Goblet Squat', 'compound', 'dumbbell', ['quads', 'glutes'], ['abs']),
  e('hack-squat', 'Hack Squat', 'compound', 'machine', ['quads'], ['glutes']),
  e('leg-press', 'Leg Press', 'compound', 'machine', ['quads', 'glutes'], ['hamstrings']),
  e(
    'bulgarian-split-squat',
    'Bulgarian Split Squat',
    'compound',
    'dumbbell',
    ['quads', 'glutes'],
    ['adductors'],
  ),
  e('walking-lunge', 'Walking Lunge', 'compound', 'dumbbell', ['quads', 'glutes'], ['hamstrings']),
  e('reverse-lunge', 'Reverse Lunge', 'compound', 'dumbbell', ['glutes', 'quads']),
  e('step-up', 'Dumbbell Step-Up', 'compound', 'dumbbell', ['quads', 'glutes']),
  e('bodyweight-squat', 'Bodyweight Squat', 'bodyweight', 'bodyweight', ['quads', 'glutes']),
  e('pistol-squat', 'Pistol Squat', 'bodyweight', 'bodyweight', ['quads', 'glutes'], ['abs']),
  e('leg-extension', 'Leg Extension', 'isolation', 'machine', ['quads']),
  e('lying-leg-curl', 'Lying Leg Curl', 'isolation', 'machine', ['hamstrings']),
  e('seated-leg-curl', 'Seated Leg Curl', 'isolation', 'machine', ['hamstrings']),
  e('nordic-curl', 'Nordic Hamstring Curl', 'bodyweight', 'bodyweight', ['hamstrings']),
  e('hip-thrust', 'Barbell Hip Thrust', 'compound', 'barbell', ['glutes'], ['hamstrings']),
  e('glute-bridge', 'Glute Bridge', 'bodyweight', 'bodyweight', ['glutes'], ['hamstrings']),
  e('cable-pull-through', 'Cable Pull-Through', 'compound', 'cable', ['glutes', 'hamstrings']),
  e(
    'kettlebell-swing',
    'Kettlebell Swing',
    'compound',
    'kettlebell',
    ['glutes', 'hamstrings'],
    ['lower_back', 'front_delts'],
  ),
  e('standing-calf-raise', 'Standing Calf Raise', 'isolation', 'machine', ['calves']),
  e('seated-calf-raise', 'Seated Calf Raise', 'isolation', 'machine', ['calves']),
  e('hip-adduction-machine', 'Hip Adduction Machine', 'isolation', 'machine', ['adductors']),
  e('hip-abduction-machine', 'Hip Abduction Machine', 'isolation', 'machine', ['abductors']),
  e('box-jump', 'Box Jump', 'plyometric', 'other', ['quads', 'glutes'], ['calves']),
  e('jump-squat', 'Jump Squat', 'plyometric', 'bodyweight', ['quads', 'glutes'], ['calves']),
  // Core
  e('plank', 'Plank', 'core', 'bodyweight', ['abs'], ['obliques']),
  e('side-plank', 'Side Plank', 'core', 'bodyweight', ['obliques'], ['abs']),
  e('crunch', 'Crunch', 'core', 'bodyweight', ['abs']),
  e('hanging-leg-raise', 'Hanging Leg Raise', 'core', 'bodyweight', ['abs', 'hip_flexors']),
  e('cable-crunch', 'Cable Crunch', 'core', 'cable', ['abs']),
  e('ab-wheel-rollout', 'Ab Wheel Rollout', 'core', 'other', ['abs'], ['lats']),
  e('russian-twist', 'Russian Twist', 'core', 'bodyweight', ['obliques'], ['abs']),
  e('pallof-press', 'Pallof Press', 'core', 'cable', ['obliques', 'abs']),
  e('mountain-climber', 'Mountain Climber', 'core', 'bodyweight', ['abs', 'hip_flexors']),
  e('dead-bug', 'Dead Bug', 'core', 'bodyweight', ['abs']),
  e('bicycle-crunch', 'Bicycle Crunch', 'core', 'bodyweight', ['obliques', 'abs']),
  // Full body, carries, olympic
  e('farmers-walk', "Farmer's Walk", 'carry', 'dumbbell', ['forearms', 'traps'], ['abs', 'glutes']),
  e(
    'power-clean',
    'Power Clean',
    'compound',
    'barbell',
    ['glutes', 'hamstrings', 'traps'],
    ['quads', 'upper_back'],
  ),
  e(
    'clean-and-jerk',
    'Clean and Jerk',
    'compound',
    'barbell',
    ['quads', 'glutes', 'front_delts'],
    ['traps', 'triceps'],
  ),
  e('snatch', 'Snatch', 'compound', 'barbell', ['glutes', 'hamstrings', 'front_delts'], ['traps', 'quads']),
  e('thruster', 'Dumbbell Thruster', 'compound', 'dumbbell', ['quads', 'front_delts'], ['glutes', 'triceps']),
  e('burpee', 'Burpee', 'plyometric', 'bodyweight', ['quads', 'chest'], ['abs', 'front_delts']),
  e('kettlebell-goblet-squat', 'Kettlebell Goblet Squat', 'compound', 'kettlebell', ['quads', 'glutes']),
  e(
    'turkish-get-up',
    'Turkish Get-Up',
    'compound',
    'kettlebell',
    ['front_delts', 'abs'],
    ['glutes', 'obliques'],
  ),
  e('band-pull-apart', 'Band Pull-Apart', 'isolation', 'band', ['rear_delts', 'upper_back']),
  e('sled-push', 'Sled Push', 'compound', 'other', ['quads', 'glutes'], ['calves']),
];
