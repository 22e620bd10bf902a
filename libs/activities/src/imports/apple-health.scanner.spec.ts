import { AppleHealthScanner, decodeXml, parseAppleDate } from './apple-health.scanner';

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Workout)*)>
<!ATTLIST Record type CDATA #REQUIRED>
]>
<HealthData locale="en_US">
 <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Ann&apos;s iPhone" unit="count" startDate="2024-03-09 23:50:00 -0800" endDate="2024-03-09 23:59:00 -0800" value="120"/>
 <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" durationUnit="min" startDate="2024-03-10 07:00:00 -0700" endDate="2024-03-10 07:30:00 -0700">
  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" sum="310.5" unit="kcal"/>
 </Workout>
</HealthData>`;

describe('AppleHealthScanner', () => {
  it('finds the wanted tags however the input is split into chunks', () => {
    for (const size of [1, 7, 64, xml.length]) {
      const s = new AppleHealthScanner();
      const tags = [];
      for (let i = 0; i < xml.length; i += size) tags.push(...s.push(xml.slice(i, i + size)));
      expect(tags.map((t) => t.name)).toEqual(['Record', 'Workout', 'WorkoutStatistics']);
      expect(tags[0].attrs.sourceName).toBe("Ann's iPhone");
      expect(tags[2].attrs.sum).toBe('310.5');
    }
  });

  it('keeps a quoted ">" inside an attribute value', () => {
    const s = new AppleHealthScanner();
    expect(s.push('<Record type="x" note="a > b" value="1"/>')[0].attrs).toMatchObject({
      note: 'a > b',
      value: '1',
    });
  });

  it('decodes entities and Apple dates with offsets', () => {
    expect(decodeXml('a &amp; b &#233; &#x41;')).toBe('a & b é A');
    expect(parseAppleDate('2024-03-10 07:00:00 -0700')?.toISOString()).toBe('2024-03-10T14:00:00.000Z');
    expect(parseAppleDate('nope')).toBeNull();
  });
});
