/**
 * MET values and codes from the 2011 Compendium of Physical Activities (Ainsworth BE et al.,
 * Med Sci Sports Exerc 2011;43(8):1575-81). `key` is our stable identifier; `code` is the
 * Compendium's own five-digit code.
 */
export interface MetActivity {
  key: string;
  code: string;
  met: number;
  category: MetCategory;
  description: string;
}

export type MetCategory =
  | 'bicycling'
  | 'conditioning'
  | 'dancing'
  | 'home'
  | 'running'
  | 'sports'
  | 'walking'
  | 'water'
  | 'winter'
  | 'occupation';

const row = (
  key: string,
  code: string,
  met: number,
  category: MetCategory,
  description: string,
): MetActivity => ({
  key,
  code,
  met,
  category,
  description,
});

export const MET_ACTIVITIES: readonly MetActivity[] = [
  row('cycling_mountain', '01009', 8.5, 'bicycling', 'bicycling, mountain, general'),
  row(
    'cycling_leisure_slow',
    '01010',
    4.0,
    'bicycling',
    'bicycling, <10 mph, leisure, to work or for pleasure',
  ),
  row('cycling_commute', '01011', 6.8, 'bicycling', 'bicycling, to/from work, self selected pace'),
  row('cycling', '01015', 7.5, 'bicycling', 'bicycling, general'),
  row('cycling_10_12mph', '01020', 6.8, 'bicycling', 'bicycling, 10-11.9 mph, leisure, slow, light effort'),
  row('cycling_12_14mph', '01030', 8.0, 'bicycling', 'bicycling, 12-13.9 mph, leisure, moderate effort'),
  row(
    'cycling_14_16mph',
    '01040',
    10.0,
    'bicycling',
    'bicycling, 14-15.9 mph, racing or leisure, fast, vigorous effort',
  ),
  row('cycling_16_19mph', '01050', 12.0, 'bicycling', 'bicycling, 16-19 mph, racing/not drafting, very fast'),
  row('cycling_racing_20mph', '01060', 15.8, 'bicycling', 'bicycling, > 20 mph, racing, not drafting'),
  row('stationary_bike', '02010', 7.0, 'conditioning', 'bicycling, stationary, general'),
  row(
    'stationary_bike_light',
    '02011',
    3.5,
    'conditioning',
    'bicycling, stationary, 30-50 watts, very light to light effort',
  ),
  row(
    'stationary_bike_moderate',
    '02012',
    6.8,
    'conditioning',
    'bicycling, stationary, 90-100 watts, moderate to vigorous effort',
  ),
  row(
    'stationary_bike_vigorous',
    '02013',
    8.8,
    'conditioning',
    'bicycling, stationary, 101-160 watts, vigorous effort',
  ),
  row('spinning_class', '02019', 8.5, 'conditioning', 'bicycling, stationary, RPM/Spin bike class'),
  row(
    'calisthenics_vigorous',
    '02020',
    8.0,
    'conditioning',
    'calisthenics (push ups, sit ups, pull-ups, jumping jacks), vigorous effort',
  ),
  row(
    'calisthenics_moderate',
    '02022',
    3.8,
    'conditioning',
    'calisthenics (push ups, sit ups, pull-ups, lunges), moderate effort',
  ),
  row(
    'calisthenics_light',
    '02024',
    2.8,
    'conditioning',
    'calisthenics (situps, abdominal crunches), light effort',
  ),
  row('circuit_training_moderate', '02035', 4.3, 'conditioning', 'circuit training, moderate effort'),
  row(
    'circuit_training',
    '02040',
    8.0,
    'conditioning',
    'circuit training, including kettlebells, vigorous intensity',
  ),
  row('elliptical', '02048', 5.0, 'conditioning', 'elliptical trainer, moderate effort'),
  row(
    'weight_training_vigorous',
    '02050',
    6.0,
    'conditioning',
    'resistance training, power lifting or body building, vigorous effort',
  ),
  row(
    'weight_training_squats',
    '02052',
    5.0,
    'conditioning',
    'resistance (weight) training, squats, slow or explosive effort',
  ),
  row(
    'weight_training',
    '02054',
    3.5,
    'conditioning',
    'resistance (weight) training, multiple exercises, 8-15 repetitions',
  ),
  row('health_club', '02060', 5.5, 'conditioning', 'health club exercise, general'),
  row('conditioning_class', '02062', 7.8, 'conditioning', 'health club exercise, conditioning classes'),
  row('home_exercise', '02064', 3.8, 'conditioning', 'home exercise, general'),
  row('stair_machine', '02065', 9.0, 'conditioning', 'stair-treadmill ergometer, general'),
  row('rope_skipping', '02068', 11.0, 'conditioning', 'rope skipping, general'),
  row(
    'rowing_machine_vigorous',
    '02070',
    6.0,
    'conditioning',
    'rowing, stationary ergometer, general, vigorous effort',
  ),
  row('rowing_machine', '02071', 4.8, 'conditioning', 'rowing, stationary, general, moderate effort'),
  row('rowing_machine_150w', '02073', 8.5, 'conditioning', 'rowing, stationary, 150 watts, vigorous effort'),
  row('ski_machine', '02080', 6.8, 'conditioning', 'ski machine, general'),
  row('stretching', '02101', 2.3, 'conditioning', 'stretching, mild'),
  row('pilates', '02105', 3.0, 'conditioning', 'pilates, general'),
  row('water_aerobics', '02120', 5.3, 'conditioning', 'water aerobics, water calisthenics, water exercise'),
  row('yoga_hatha', '02150', 2.5, 'conditioning', 'yoga, Hatha'),
  row('yoga_power', '02160', 4.0, 'conditioning', 'yoga, Power'),
  row('dance_ballet_modern', '03010', 5.0, 'dancing', 'ballet, modern, or jazz, general, rehearsal or class'),
  row('aerobics', '03015', 7.3, 'dancing', 'aerobic, general'),
  row('step_aerobics', '03016', 7.5, 'dancing', 'aerobic, step, with 6 - 8 inch step'),
  row('aerobics_low_impact', '03020', 5.0, 'dancing', 'aerobic, low impact'),
  row('aerobics_high_impact', '03021', 7.3, 'dancing', 'aerobic, high impact'),
  row(
    'dance_cultural',
    '03025',
    4.5,
    'dancing',
    'ethnic or cultural dancing (salsa, flamenco, belly, swing)',
  ),
  row('dance_general', '03031', 7.8, 'dancing', 'general dancing (disco, folk, line dancing, polka)'),
  row('dance_ballroom_slow', '03040', 3.0, 'dancing', 'ballroom, slow (waltz, foxtrot, tango)'),
  row('cleaning_house', '05030', 3.3, 'home', 'cleaning, house or cabin, general, moderate effort'),
  row('vacuuming', '05043', 3.3, 'home', 'vacuuming, general, moderate effort'),
  row('cooking', '05050', 2.0, 'home', 'cooking or food preparation, light effort'),
  row('moving_furniture', '05120', 5.8, 'home', 'moving furniture, household items, carrying boxes'),
  row('desk_work', '11580', 1.5, 'occupation', 'sitting tasks, light effort (office work, computer work)'),
  row(
    'jog_walk',
    '12010',
    6.0,
    'running',
    'jog/walk combination (jogging component of less than 10 minutes)',
  ),
  row('jogging', '12020', 7.0, 'running', 'jogging, general'),
  row('running_4mph', '12029', 6.0, 'running', 'running, 4 mph (15 min/mile)'),
  row('running_5mph', '12030', 8.3, 'running', 'running, 5 mph (12 min/mile)'),
  row('running_6mph', '12050', 9.8, 'running', 'running, 6 mph (10 min/mile)'),
  row('running_6_7mph', '12060', 10.5, 'running', 'running, 6.7 mph (9 min/mile)'),
  row('running_7mph', '12070', 11.0, 'running', 'running, 7 mph (8.5 min/mile)'),
  row('running_7_5mph', '12080', 11.8, 'running', 'running, 7.5 mph (8 min/mile)'),
  row('running_8_6mph', '12100', 12.3, 'running', 'running, 8.6 mph (7 min/mile)'),
  row('running_10mph', '12120', 14.5, 'running', 'running, 10 mph (6 min/mile)'),
  row('running_cross_country', '12140', 9.0, 'running', 'running, cross country'),
  row('running', '12150', 8.0, 'running', 'running, general'),
  row('running_stairs', '12170', 15.0, 'running', 'running, stairs, up'),
  row('marathon', '12200', 13.3, 'running', 'running, marathon'),
  row('badminton', '15030', 5.5, 'sports', 'badminton, social singles and doubles, general'),
  row('basketball_game', '15040', 8.0, 'sports', 'basketball, game'),
  row('basketball', '15055', 6.5, 'sports', 'basketball, general'),
  row('boxing_bag', '15110', 5.5, 'sports', 'boxing, punching bag'),
  row('boxing_sparring', '15120', 7.8, 'sports', 'boxing, sparring'),
  row('football_competitive', '15210', 8.0, 'sports', 'football, competitive'),
  row('frisbee_ultimate', '15250', 8.0, 'sports', 'frisbee, ultimate'),
  row('golf', '15255', 4.8, 'sports', 'golf, general'),
  row('golf_walking', '15265', 4.3, 'sports', 'golf, walking, carrying clubs'),
  row('gymnastics', '15300', 3.8, 'sports', 'gymnastics, general'),
  row('hockey_field', '15350', 7.8, 'sports', 'hockey, field'),
  row('hockey_ice', '15360', 8.0, 'sports', 'hockey, ice, general'),
  row('horse_riding', '15370', 5.5, 'sports', 'horseback riding, general'),
  row(
    'martial_arts',
    '15430',
    10.3,
    'sports',
    'martial arts, moderate pace (judo, karate, kick boxing, Muay Thai)',
  ),
  row('climbing', '15533', 8.0, 'sports', 'rock or mountain climbing'),
  row(
    'climbing_easy',
    '15537',
    5.8,
    'sports',
    'rock climbing, ascending or traversing rock, low-to-moderate difficulty',
  ),
  row('jump_rope_moderate', '15551', 11.8, 'sports', 'rope jumping, moderate pace, 100-120 skips/min'),
  row('rugby', '15560', 8.3, 'sports', 'rugby, union, team, competitive'),
  row('skateboarding', '15580', 5.0, 'sports', 'skateboarding, general, moderate effort'),
  row('inline_skating', '15591', 7.5, 'sports', 'rollerblading, in-line skating, 9.0 mph, recreational pace'),
  row('soccer_competitive', '15605', 10.0, 'sports', 'soccer, competitive'),
  row('soccer', '15610', 7.0, 'sports', 'soccer, casual, general'),
  row('softball_baseball', '15620', 5.0, 'sports', 'softball or baseball, fast or slow pitch, general'),
  row('squash', '15652', 7.3, 'sports', 'squash, general'),
  row('table_tennis', '15660', 4.0, 'sports', 'table tennis, ping pong'),
  row('tai_chi', '15670', 3.0, 'sports', 'tai chi, qi gong, general'),
  row('tennis', '15675', 7.3, 'sports', 'tennis, general'),
  row('tennis_doubles', '15685', 4.5, 'sports', 'tennis, doubles'),
  row('tennis_singles', '15690', 8.0, 'sports', 'tennis, singles'),
  row('volleyball', '15710', 4.0, 'sports', 'volleyball'),
  row('volleyball_beach', '15725', 8.0, 'sports', 'volleyball, beach, in sand'),
  row('wrestling', '15730', 6.0, 'sports', 'wrestling'),
  row('backpacking', '17010', 7.0, 'walking', 'backpacking'),
  row('hiking', '17080', 6.0, 'walking', 'hiking, cross country'),
  row('walking_stroller', '17100', 4.0, 'walking', 'pushing or pulling stroller with child, 2.5 to 3.1 mph'),
  row('race_walking', '17110', 6.5, 'walking', 'race walking'),
  row('stair_climbing', '17130', 8.0, 'walking', 'stair climbing, using or climbing up ladder'),
  row('walking_slow', '17152', 2.8, 'walking', 'walking, 2.0 mph, level, slow pace, firm surface'),
  row('walking_pleasure', '17160', 3.5, 'walking', 'walking for pleasure'),
  row('walking_dog', '17165', 3.0, 'walking', 'walking the dog'),
  row('walking', '17190', 3.5, 'walking', 'walking, 2.8 to 3.2 mph, level, moderate pace, firm surface'),
  row(
    'walking_brisk',
    '17200',
    4.3,
    'walking',
    'walking, 3.5 mph, level, brisk, firm surface, walking for exercise',
  ),
  row('walking_uphill', '17210', 5.3, 'walking', 'walking, 2.9 to 3.5 mph, uphill, 1 to 5% grade'),
  row(
    'walking_very_brisk',
    '17220',
    5.0,
    'walking',
    'walking, 4.0 mph, level, firm surface, very brisk pace',
  ),
  row(
    'nordic_walking',
    '17302',
    4.8,
    'walking',
    'walking, for exercise, 3.5 to 4 mph, with ski poles, Nordic walking',
  ),
  row('canoeing', '18070', 3.5, 'water', 'canoeing, rowing, for pleasure, general'),
  row('rowing_competition', '18080', 12.0, 'water', 'canoeing, rowing, in competition, or crew or sculling'),
  row('kayaking', '18100', 5.0, 'water', 'kayaking, moderate effort'),
  row('sailing', '18120', 3.0, 'water', 'sailing, boat and board sailing, windsurfing, general'),
  row('snorkeling', '18210', 5.0, 'water', 'snorkeling'),
  row('surfing', '18220', 3.0, 'water', 'surfing, body or board, general'),
  row('paddle_boarding', '18225', 6.0, 'water', 'paddle boarding, standing'),
  row('swimming_fast', '18230', 9.8, 'water', 'swimming laps, freestyle, fast, vigorous effort'),
  row(
    'swimming_laps',
    '18240',
    5.8,
    'water',
    'swimming laps, freestyle, front crawl, slow, light or moderate effort',
  ),
  row('swimming_backstroke', '18250', 9.5, 'water', 'swimming, backstroke, general, training or competition'),
  row(
    'swimming_breaststroke',
    '18260',
    10.3,
    'water',
    'swimming, breaststroke, general, training or competition',
  ),
  row('swimming_butterfly', '18270', 13.8, 'water', 'swimming, butterfly, general'),
  row('swimming_open_water', '18300', 6.0, 'water', 'swimming, lake, ocean, river'),
  row('swimming', '18310', 6.0, 'water', 'swimming, leisurely, not lap swimming, general'),
  row('water_polo', '18360', 10.0, 'water', 'water polo'),
  row('ice_skating', '19030', 7.0, 'winter', 'skating, ice, general'),
  row('skiing', '19075', 7.0, 'winter', 'skiing, general'),
  row(
    'cross_country_skiing',
    '19090',
    9.0,
    'winter',
    'skiing, cross country, 4.0-4.9 mph, moderate speed and effort',
  ),
  row('downhill_skiing', '19160', 5.3, 'winter', 'skiing, downhill, alpine or snowboarding, moderate effort'),
  row('snowshoeing', '19190', 5.3, 'winter', 'snow shoeing, moderate effort'),
  row('snow_shoveling', '19252', 5.3, 'winter', 'snow shoveling, by hand, moderate effort'),
];

const BY_KEY = new Map(MET_ACTIVITIES.map((a) => [a.key, a]));
const BY_CODE = new Map(MET_ACTIVITIES.map((a) => [a.code, a]));

export function metActivity(keyOrCode: string): MetActivity | undefined {
  return BY_KEY.get(keyOrCode) ?? BY_CODE.get(keyOrCode);
}

/**
 * Compendium energy: kcal = MET × body mass (kg) × duration (h). The Compendium defines 1 MET as
 * 1 kcal·kg⁻¹·h⁻¹ (3.5 ml O₂·kg⁻¹·min⁻¹), i.e. gross energy including rest.
 */
export function metEnergyKcal(met: number, weightKg: number, durationMinutes: number): number {
  if (!(met > 0 && weightKg > 0 && durationMinutes >= 0))
    throw new RangeError('MET and weight must be positive');
  return met * weightKg * (durationMinutes / 60);
}

/** Apple Health HKWorkoutActivityType → Compendium activity key. */
export const APPLE_WORKOUT_TYPES: Readonly<Record<string, string>> = {
  HKWorkoutActivityTypeRunning: 'running',
  HKWorkoutActivityTypeWalking: 'walking',
  HKWorkoutActivityTypeCycling: 'cycling',
  HKWorkoutActivityTypeSwimming: 'swimming_laps',
  HKWorkoutActivityTypeHiking: 'hiking',
  HKWorkoutActivityTypeYoga: 'yoga_hatha',
  HKWorkoutActivityTypePilates: 'pilates',
  HKWorkoutActivityTypeElliptical: 'elliptical',
  HKWorkoutActivityTypeRowing: 'rowing_machine',
  HKWorkoutActivityTypeTraditionalStrengthTraining: 'weight_training',
  HKWorkoutActivityTypeFunctionalStrengthTraining: 'circuit_training_moderate',
  HKWorkoutActivityTypeHighIntensityIntervalTraining: 'circuit_training',
  HKWorkoutActivityTypeStairClimbing: 'stair_machine',
  HKWorkoutActivityTypeDance: 'dance_general',
  HKWorkoutActivityTypeSoccer: 'soccer',
  HKWorkoutActivityTypeBasketball: 'basketball',
  HKWorkoutActivityTypeTennis: 'tennis',
  HKWorkoutActivityTypeBadminton: 'badminton',
  HKWorkoutActivityTypeTableTennis: 'table_tennis',
  HKWorkoutActivityTypeGolf: 'golf',
  HKWorkoutActivityTypeMartialArts: 'martial_arts',
  HKWorkoutActivityTypeBoxing: 'boxing_bag',
  HKWorkoutActivityTypeClimbing: 'climbing',
  HKWorkoutActivityTypeCrossCountrySkiing: 'cross_country_skiing',
  HKWorkoutActivityTypeDownhillSkiing: 'downhill_skiing',
  HKWorkoutActivityTypeSnowboarding: 'downhill_skiing',
  HKWorkoutActivityTypeSkatingSports: 'ice_skating',
  HKWorkoutActivityTypeJumpRope: 'rope_skipping',
  HKWorkoutActivityTypeMindAndBody: 'tai_chi',
  HKWorkoutActivityTypeFlexibility: 'stretching',
  HKWorkoutActivityTypeCoreTraining: 'calisthenics_moderate',
  HKWorkoutActivityTypeMixedCardio: 'aerobics',
  HKWorkoutActivityTypePaddleSports: 'kayaking',
  HKWorkoutActivityTypeSurfingSports: 'surfing',
  HKWorkoutActivityTypeWaterPolo: 'water_polo',
  HKWorkoutActivityTypeVolleyball: 'volleyball',
  HKWorkoutActivityTypeRugby: 'rugby',
};
