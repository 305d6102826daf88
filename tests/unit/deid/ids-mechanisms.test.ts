import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../../src/shared/deid';
import { covers, findByRules, untouched } from '../../helpers/deid';


describe('label: value identifiers', () => {
  it('recognises national and professional identifier labels', () => {
    expect(covers('PESEL: 90010112345 ok', '90010112345')).toBe(true);
    expect(covers('Aadhaar: 1234 5678 9012   Mobile', '1234 5678 9012', 'ID')).toBe(true);
    expect(covers('UCI: 2207-1184 (Canada)', '2207-1184', 'ID')).toBe(true);
    expect(covers('collar no. 2291 attended', '2291', 'ID')).toBe(true);
    expect(covers('Reg. No. KMC/R/11920', 'KMC/R/11920', 'LICENSE')).toBe(true);
    expect(covers('RAMQ TREM 4411 0917.', 'TREM 4411 0917', 'HEALTH_PLAN')).toBe(true);
  });
  it('ends a value before a lower-case word and reads plural labels', () => {
    const t = 'with Medicare numbers 2231 55610 1 and 4410 93321 2.';
    expect(covers(t, '2231 55610 1', 'HEALTH_PLAN')).toBe(true);
    expect(covers(t, '4410 93321 2')).toBe(true);
    expect(untouched(t, 'and')).toBe(true);
  });
  it('finds usernames after user= / login:', () => {
    expect(covers('ts=03:02 user=jdoakes src=10.0.0.1', 'jdoakes', 'ID')).toBe(true);
    expect(covers('login: night_admin then', 'night_admin', 'ID')).toBe(true);
  });
});

describe('generic numbers', () => {
  it('masked SSNs, card numbers and MAC addresses', () => {
    expect(covers('SSN (last 4): XXX-XX-3381', 'XXX-XX-3381', 'SSN')).toBe(true);
    expect(covers('paid with 4111 1111 1111 1111 today', '4111 1111 1111 1111', 'ACCOUNT')).toBe(true);
    expect(covers('modem 0A:1B:2C:3D:4E:5F online', '0A:1B:2C:3D:4E:5F', 'DEVICE')).toBe(true);
  });
  it('grouped digit identifiers without a label', () => {
    expect(covers('her number 612 884 2201 was noted', '612 884 2201')).toBe(true);
  });
  it('keeps thousands, ranges, year ranges and batch numbers', () => {
    const t = 'platelets 150 000, normal 1000-1500, in 2019-2021, Batch K0042B given.';
    for (const p of ['150 000', '1000-1500', '2019-2021', 'K0042B']) expect(untouched(t, p)).toBe(true);
  });
});

describe('vehicles', () => {
  it('plates after reg / plate cues and UK / Indian plate shapes', () => {
    expect(covers('car reg KT19 PLM seen', 'KT19 PLM', 'VEHICLE')).toBe(true);
    expect(covers('the plate (MH 12 AB 1234) visible', 'MH 12 AB 1234', 'VEHICLE')).toBe(true);
    expect(covers('ambulance registration ND 552-118.', 'ND 552-118', 'VEHICLE')).toBe(true);
    expect(covers('a silver car, BD51 SMR, left', 'BD51 SMR', 'VEHICLE')).toBe(true);
    expect(covers('forklift fleet no. FK-22 hit him', 'FK-22', 'VEHICLE')).toBe(true);
  });
});

describe('a plate after the vehicle it is on, in the shapes of other countries', () => {
  const plates: [string, string][] = [
    ['His car (CA 441-827) was moved to the old bus depot', 'CA 441-827'],
    ['Husband drives a taxi (AG 4417 AB), can bring her every Tuesday', 'AG 4417 AB'],
    ['drove his delivery van (HH-EP 4471, VIN pending)', 'HH-EP 4471'],
    ['the car, CE 0442 AX, was left at the border', 'CE 0442 AX'],
    ['to dialysis in his three-wheeler (WP QE-4471).', 'WP QE-4471'],
    ['Kfz-Kennzeichen HH-DK 4810\nArbeitgeber: Hapag-Lloyd', 'HH-DK 4810'],
  ];
  for (const [text, plate] of plates) it(`finds ${plate}`, () => expect(covers(text, plate, 'VEHICLE', findByRules)).toBe(true));
  it('leaves an observation or a time after the vehicle', () => {
    for (const text of ['ambulance GCS 14, BP 90/60', 'ambulance ETA 15:30', 'got on the bus 2 PM', 'car vs motorbike, C6 C7 fracture', 'ambulance, E3 V4 M6', 'Took the bus 12 A', 'Monitor on the bus, NSR 80 throughout.'])
      expect(findByRules(text).filter((f) => f.type === 'VEHICLE'), text).toEqual([]);
  });
});

describe('a user name after a word for who did it', () => {
  it('is an initial glued to a surname', () => {
    for (const [text, user] of [
      ['Tourniquet time 74 min. Logged by mdunleavy.', 'mdunleavy'],
      ['Query raised by mkowalczyk from the ward', 'mkowalczyk'],
      ['Verified by .... jmcgrath RPh 06/19/23', 'jmcgrath'],
    ] as const)
      expect(covers(text, user, 'ID', findByRules), user).toBe(true);
  });
  it('and in a log\'s column, even a surname', () => {
    const log = '2023-11-02T15:40:02Z  sanderson 10.40.31.5  CHART_OPEN\n2023-11-02T15:41:02Z  sanderson 10.40.31.5  CHART_CLOSE';
    expect(findByRules(log).filter((f) => f.type === 'ID').map((f) => log.slice(f.start, f.end))).toEqual(['sanderson', 'sanderson']);
  });
  it('but not a word or a surname after "by"', () => {
    for (const text of ['stopped by mistake', 'Found by harbour staff on the wharf', 'seen by physio team'])
      expect(findByRules(text).filter((f) => f.type === 'ID'), text).toEqual([]);
  });
});

describe('health plans and user names of other countries and logs', () => {
  it('a Hungarian TAJ and a Moroccan AMO number after their cue', () => {
    expect(covers('Kiss Anna, TAJ 063 221 457, 71 éves', '063 221 457', 'HEALTH_PLAN')).toBe(true);
    expect(covers('Fatima Zahra, CIN BK55201, AMO 204 118 305', '204 118 305', 'HEALTH_PLAN')).toBe(true);
    expect(untouched('Amoxicillin 500 mg tds; AMO-CLAV stopped.', 'AMO-CLAV')).toBe(true);
  });
  it('a user name in a log before its column gap', () => {
    expect(covers('2024-05-02 10:01:13  user tjvdlinde  opened record', 'tjvdlinde', 'ID')).toBe(true);
    expect(findByRules('the user reported  no problems').filter((f) => f.type === 'ID')).toEqual([]);
  });
  it('a handle with a dot or a few digits after the word for who did it', () => {
    for (const [t, p] of [
      ['Merged manually by kpatel07 at 03:10', 'kpatel07'],
      ['Printed by: rad.jnowak   Terminal 4', 'rad.jnowak'],
      ['Assigned to: tomas.v (IT)', 'tomas.v'],
      ['who is user nsithole? opened the chart', 'nsithole'],
    ] as const) expect(covers(t, p, 'ID')).toBe(true);
    for (const [t, p] of [
      ['Seen by physio.plan to review tomorrow', 'physio.plan'],
      ['Course shortened by day14 of the cycle', 'day14'],
      ['Vaccinated by covid19 team at school', 'covid19'],
    ] as const) expect(untouched(t, p)).toBe(true);
  });
});

describe('ids: a user name of an initial and a surname in a row of a log', () => {
  const log = 'time,client,site,template,score,operator\n2024-05-06T08:05:47,CL-28877,Dimitriou Alex,FPT-6630-1187,110,jmcnair\n2024-05-22,SN-DKR-0048816,Ouakam,B3318,mdiallo';
  it('is found in a field of a row with figures', () => {
    expect(covers(log, 'jmcnair', 'ID')).toBe(true);
    expect(covers(log, 'mdiallo', 'ID')).toBe(true);
  });
  it('not a word after a sentence\'s comma, nor in a header of words', () => {
    expect(untouched('Maria Aparecida da Silva, 41 anos, diarista, mora em Rua das Palmeiras', 'diarista')).toBe(true);
    expect(untouched('id | tujuan | nama_anak\n1 | rujukan | Budi', 'tujuan')).toBe(true);
  });
});

describe('logins and handles where the text shows them', () => {
  it("finds a dotted login in a log's column, a handle before a colon after 'by', a login bracketed after a name and credential", () => {
    const log = '2024-08-02T07:58:10Z   admin.jlee    2001:db8:4a1::17    LOCK\n2024-08-02T07:59:10Z   admin.jlee    2001:db8:4a1::17    VIEW';
    expect(covers(log, 'admin.jlee', 'ID', findByRules)).toBe(true);
    expect(covers('Forum reply (rural GPs), by outback_gp_kath:\nHad a similar one', 'outback_gp_kath', 'ID', findByRules)).toBe(true);
    expect(covers('provider        : Nkechi Ibekwe, PsyD (nibekwe)\npatient: x', 'nibekwe', 'ID', findByRules)).toBe(true);
  });
  it("finds a login in a field that holds only a login, and a chat's sender made of an initial and a surname", () => {
    expect(covers('{\n  "updated": "2024-08-08T16:22:41Z",\n  "updated_by": "kthorsby",\n  "client_ip": "2001:db8:4c::1"\n}', 'kthorsby', 'ID', findByRules)).toBe(true);
    expect(covers('#peds-residents (Slack)\nkfinnegan: heads up for night team', 'kfinnegan', 'ID', findByRules)).toBe(true);
    expect(covers('10:21 From mfarrugia: Q - why not rituximab', 'mfarrugia', 'ID', findByRules)).toBe(true);
  });
  it('leaves a place after "from", a given name sending a chat, and a word in a login field that a list knows', () => {
    expect(findByRules('got a fella from keswick with a AAA 5.8cm').filter((f) => f.type === 'ID')).toEqual([]);
    expect(findByRules('teams msg\nhamish: can u check pt in bay 4').filter((f) => f.type === 'ID')).toEqual([]);
    expect(findByRules('{"updated_by": "interface", "status": "done"}').filter((f) => f.type === 'ID')).toEqual([]);
  });
  it('grows a name found inside a handle in lower case to the whole handle, not an abbreviation or a file', () => {
    const chat = "support group thread - stoma life\nmarnie_b: anyone tried the Coloplast bags?\nteddy: yes! sue at Addenbrooke's?\nmarnie_b: no mine's at Papworth.";
    expect(findIdentifiers(chat).filter((f) => chat.slice(f.start, f.end) === 'marnie_b')).toHaveLength(2);
    const evaluator = 'Evaluator: Marisol Quintero, Psy.D., licensed psychologist';
    expect(findIdentifiers(evaluator).map((f) => evaluator.slice(f.start, f.end))).not.toContain('Psy.D');
  });
});

describe("a practitioner's registration number after their name", () => {
  it("finds it after the body's acronym, the credentials, or in brackets of its own", () => {
    expect(covers('Tel 351 555-8814.\nDra. Celeste Bustos - MP 32.417', 'MP 32.417', 'LICENSE')).toBe(true);
    expect(covers('2024-04-01  | Mon  | Dr Helena Petrakis (81244)       | J. Oduya', '81244', 'LICENSE')).toBe(true);
    expect(covers('Dr Thandar Soe, M.B.,B.S., M.Med.Sc (Paed), SaMa 31582\nthandar.soe@mail.example', 'SaMa 31582', 'LICENSE')).toBe(true);
    expect(covers('doctor=Dr Harjit Singh Sandhu (PMC 55712) hub=GMC Amritsar', 'PMC 55712', 'LICENSE')).toBe(true);
  });
  it('leaves a year after a name, and a word before a number', () => {
    expect(findIdentifiers('Seen with John Brown (2019) at the clinic').filter((f) => f.type === 'LICENSE')).toEqual([]);
    expect(findIdentifiers('Do., 07.03.2024, 16:00 Uhr, Raum 1.104\n\nTeilnehmer: Dr Weber').filter((f) => f.type === 'LICENSE')).toEqual([]);
    expect(findIdentifiers('Dr Anna Lee, Cheltenham Family Practice   Item 10962\n\nS: 46yo F').filter((f) => f.type === 'LICENSE')).toEqual([]);
  });
});

describe("a prescription's number and a database's identifier column", () => {
  it('finds the number after "Rx" and the values under "staff_id"', () => {
    expect(covers('Amoxicillin 500 mg caps x21     Rx 58123\nPickup by daughter', '58123', 'ID', findByRules)).toBe(true);
    const rows = '| staff_id | surname | first | role |\n| 40218 | Nolan | Kate | RN |\n| 40233 | Byrne | Sean | HCA |';
    expect(covers(rows, '40218', 'ID', findByRules)).toBe(true);
    expect(covers(rows, '40233', 'ID', findByRules)).toBe(true);
  });
  it('leaves a dose after "Rx"', () => {
    expect(untouched('Rx 500 mg amoxicillin TDS for 5 days', '500', findByRules)).toBe(true);
  });
});

describe('numbers grouped in threes, pagers, and the values after a form\'s dot leaders', () => {
  it('finds three groups of three figures, a pager after "pgr", and a value after dots', () => {
    expect(covers('Utente: Sr. Rui Matos, nº SNS 284 917 366, 47 anos', '284 917 366', undefined, findByRules)).toBe(true);
    expect(covers('Hija Rosa (cel. 984 555 219) apoya el tratamiento', '984 555 219', undefined, findByRules)).toBe(true);
    expect(covers('cardiology reg (Dr Hsu) pgr 51188 re bed 4', '51188', 'PHONE', findByRules)).toBe(true);
    const form = 'MMC Reg. No. .................. 48214\nPolicy No. ............. GHS-0041288-MY\nScreening .......... COWS 14 at 09:40';
    expect(covers(form, '48214', undefined, findByRules)).toBe(true);
    expect(covers(form, 'GHS-0041288-MY', undefined, findByRules)).toBe(true);
  });
  it('leaves thousands, an amount, a count with its unit, and a scale after dots', () => {
    expect(untouched('population of 126 000 000 in 2020', '126 000 000', findByRules)).toBe(true);
    expect(untouched('total cost €1 234 567 to the trust', '1 234 567', findByRules)).toBe(true);
    expect(untouched('HIV viral load 245 118 copies/mL', '245 118', findByRules)).toBe(true);
    expect(untouched('Screening .......... COWS 14 at 09:40', 'COWS 14', findByRules)).toBe(true);
  });
});

describe("a number's scheme written before it in capitals with a hyphen", () => {
  it('takes the scheme with the number', () => {
    expect(covers('Patient Rusu Ana, CNAM policy MD-CNAM 0471240 (does not cover the MRI)', 'MD-CNAM 0471240')).toBe(true);
    expect(covers('Midwife: Juniper Adeyemi, CPM, lic IL-LM 0004128, 773-555-0196', 'IL-LM 0004128')).toBe(true);
  });
  it('leaves a scheme without a hyphen as the label it is', () => {
    const t = 'NHS 485 777 3457 confirmed';
    expect(findIdentifiers(t).some((f) => t.slice(f.start, f.end).startsWith('NHS'))).toBe(false);
  });
});

describe("an officer's number, and the user of a printout, an export or an access log", () => {
  it('finds the number after "shield", "matricule" or "belt no." and the login after who printed, generated or was assigned', () => {
    expect(covers('Arresting: P.O. Dana Street, shield 22842, 68th Precinct.', '22842', 'ID', findByRules)).toBe(true);
    expect(covers('Enquêteur: sgt Luc Tremblay, matricule 1188.', '1188', 'ID', findByRules)).toBe(true);
    expect(covers('Brought by: ASI Tariq Mehmood (belt no. 3419), PS Sadar', '3419', 'ID', findByRules)).toBe(true);
    expect(covers('Authorised: Dr Somchai Keo\nPrinted 10:25 by vsengdara', 'vsengdara', 'ID', findByRules)).toBe(true);
    expect(covers('(généré le 22/07/2024 par adiallo.dsk)', 'adiallo.dsk', 'ID', findByRules)).toBe(true);
    expect(covers('{\n  "assigned_to": "kmorrissey",\n  "status": "actioned"\n}', 'kmorrissey', 'ID', findByRules)).toBe(true);
    expect(covers('log:\n172.58.19.205 - lbrightwell [02/Apr/2024:19:44:07 -0500] "GET /x HTTP/2" 200', 'lbrightwell', 'ID', findByRules)).toBe(true);
  });
  it('leaves a face shield, a belt, a role assigned and a department that printed', () => {
    const t = 'face shield 2 hours; belt 3 holes; {"assigned_to": "triage"}; Printed by Pharmacy';
    expect(findByRules(t).filter((f) => f.type === 'ID')).toEqual([]);
  });
});

describe("a patient's record number under the names other countries give it", () => {
  it('finds it after "NHC", "Mã BN", "prontuário" and "история болезни №", dotted or not', () => {
    expect(covers('Paciente: Jordi Puig Soler     NHC: 30.118.443     Fecha: 03-10-2023', '30.118.443', 'MRN', findByRules)).toBe(true);
    expect(covers('Nguyễn Thị Lan, nữ, 42 tuổi. Mã BN 23.081.4472.', '23.081.4472', 'MRN', findByRules)).toBe(true);
    expect(covers('Lucas Santos, 7 anos, prontuário HUPES 1.402.338, HbSS', 'HUPES 1.402.338', 'MRN', findByRules)).toBe(true);
    expect(covers('из с. Гуниб, история болезни № 11973.', '11973', 'MRN', findByRules)).toBe(true);
  });
});

describe("a card's last figures after its mask or after the words for its end", () => {
  it('finds "****3392", "terminación 31008" and "se terminant par 6209"', () => {
    expect(covers('COPAY $0.00    PAID VISA ****3392\nDISCARD AFTER', '****3392', undefined, findByRules)).toBe(true);
    expect(covers('coaseguro - tarjeta AMEX terminación 31008\nFolio', '31008', 'ACCOUNT', findByRules)).toBe(true);
    expect(covers('Paiement : Visa se terminant par 6209 – transaction', '6209', 'ACCOUNT', findByRules)).toBe(true);
  });
  it('leaves a score after two asterisks', () => {
    expect(untouched('p < 0.01 marked **12 in the table', '12', findByRules)).toBe(true);
  });
});

describe("a login no list knows in a log's column", () => {
  it('finds a word of six letters or more there, not a system word made of a known word', () => {
    const log = '2024-10-01T13:47:09Z  dtrevelyon   admin   VIEW demographics\n2024-10-01T13:47:55Z  autoverify   system  VIEW result';
    expect(covers(log, 'dtrevelyon', 'ID', findByRules)).toBe(true);
    expect(untouched(log, 'autoverify', findByRules)).toBe(true);
  });
});

describe('generated codes', () => {
  it('a random key of mixed-case letters and figures, whatever its label', () => {
    expect(covers('tracked_entity: Zp4Wq8Ty2Lm\nfirst_name: Chanda', 'Zp4Wq8Ty2Lm', 'ID', findByRules)).toBe(true);
    expect(covers('uid,name,site\nKd8sW2pLq5e,Tembo,Chipata', 'Kd8sW2pLq5e', 'ID', findByRules)).toBe(true);
  });
  it('leaves stages, protein changes, trial names and field names', () => {
    const t = 'Stage cT2aN1M1b; MYH7 p.(Arg403Gln); per IMpower010; <AddressLine1> field';
    for (const p of ['cT2aN1M1b', 'Arg403Gln', 'IMpower010', 'AddressLine1']) expect(untouched(t, p, findByRules)).toBe(true);
  });
  it('a code of capitals and figures alternating after the word for a code or a key', () => {
    expect(covers('(sent through the portal, request key QTR8KM2P)', 'QTR8KM2P', 'ID', findByRules)).toBe(true);
    expect(covers('she paid by mpesa, code RKT7YB31ZX', 'RKT7YB31ZX', 'ID', findByRules)).toBe(true);
    expect(covers('kết quả tại link, mã tra cứu PX4K82Q', 'PX4K82Q', 'ID', findByRules)).toBe(true);
  });
  it("leaves a procedure's package code", () => {
    expect(untouched('the package code SV041B covers the stent', 'SV041B', findByRules)).toBe(true);
    expect(untouched('hip replacement (TOSP code SB713H) on 2 Jul', 'SB713H', findByRules)).toBe(true);
  });
});

describe("an airline booking's record locator after its cue", () => {
  it('takes the code after "PNR"', () => {
    expect(covers('Flies home Friday, PNR ABC12D, flight BA117.', 'ABC12D', 'ID')).toBe(true);
  });
  it("takes a locator of six letters and one figure after a booking's reference", () => {
    expect(covers('passport B02214775; return flight booking ref HX4QZN for Jan 12.', 'HX4QZN', 'ID', findByRules)).toBe(true);
    expect(covers('Reservation ref: KQ7WZT (Kenya Airways)', 'KQ7WZT', 'ID', findByRules)).toBe(true);
  });
  it('leaves the word alone', () => {
    expect(findIdentifiers('the PNR was wrong on the booking').length).toBe(0);
  });
  it("leaves a reference of six letters and one figure without a booking's cue", () => {
    expect(untouched('the ref AB4CDE was wrong', 'AB4CDE', findByRules)).toBe(true);
  });
});

describe("a register's number after the sign of a number, and a code after a foreign word for it", () => {
  const found: [string, string][] = [
    ['Pupil: Amara Osei   Form 3   Adm No 5512', '5512'],
    ['works at the tailor shop, Kasr St. Sijil no. 286 / Beirut', '286'],
    ['Arrival noted vide GD No. 91B dated 03.01.2024', '91B'],
    ['paid by CCP n° 7712 on Monday', '7712'],
    ['Wristband #: 318   Ward: 7B', '318'],
    ['Kod dostępu: 7302   Data: 2024-03-01', '7302'],
    ['Klucz recepty: 1188.2044.9931', '1188.2044.9931'],
    ['Код підтвердження: 5521', '5521'],
    ['Código de direito de opção: 3309', '3309'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, undefined, findByRules)).toBe(true));
  const kept: [string, string][] = [
    // a house, a school in its name, a negation at a sentence's start, a number too short to be a register's, a billing code
    ['her neighbour at no. 18 has a key', '18'],
    ['petechiae on the pinna. No HLA-B27 testing done', 'HLA-B27'],
    ['Ward No. 12 is closed for cleaning', '12'],
    ['billed_code : 99214 with modifier 25', '99214'],
  ];
  for (const [t, p] of kept) it(`keeps ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(untouched(t, p, findByRules)).toBe(true));
  it('leaves a school\'s number in its name to the place', () => {
    const t = 'compañeros de la Escuela N° 2-118 Gral. Belgrano.';
    expect(findIdentifiers(t).some((f) => f.type === 'LOCATION' && t.slice(f.start, f.end).includes('2-118'))).toBe(true);
  });
});

describe('the last digits of a number, a caller\'s privacy code, a value before "in" and a word', () => {
  it('takes them after their cue', () => {
    expect(covers('Aadhaar seen, last 4 digits 8827; pt bedbound', '8827', 'ID', findByRules)).toBe(true);
    expect(covers('daughter called 03:35, gave privacy code 7731, updated on plan', '7731', 'ID', findByRules)).toBe(true);
    expect(covers('Pump serial is 1103847 in case they need it', '1103847', 'DEVICE', findByRules)).toBe(true);
  });
  it('leaves a count of days, a size in inches, and a form\'s own number', () => {
    expect(findByRules('walked the last 4 days, 8827 steps').filter((f) => f.type === 'ID')).toEqual([]);
    expect(untouched('Serial measurements: 2 in x 3 in wound', '2 in x 3 in', findByRules)).toBe(true);
    expect(untouched('his doctor will fill out VA Form 21-2680 in detail', '21-2680', findByRules)).toBe(true);
  });
});

describe("national numbers by their shape, a number before another field's label, a licence after its holder's letters", () => {
  const found: [string, string, 'ID' | 'LICENSE' | 'HEALTH_PLAN'][] = [
    ['เลขประจำตัวประชาชน 1 1037 05512 34 6', '1 1037 05512 34 6', 'ID'],
    ['Cartão de Cidadão 11873462 4 ZX8\nMorada: Rua Augusta', '11873462 4 ZX8', 'ID'],
    ['LANR 561284703 / BSNR 637719200', '561284703', 'LICENSE'],
    ['保険者番号 06137421 / 記号番号 8812-44', '06137421', 'HEALTH_PLAN'],
    ['College of Physiotherapists of Ontario, reg. 18847', '18847', 'LICENSE'],
    ['Pharmacist: Chong Mei Fen (RPh PRP 11482)', 'PRP 11482', 'LICENSE'],
    ['registered organ donor on WA DL BRANDTJ287QD', 'BRANDTJ287QD', 'LICENSE'],
  ];
  for (const [t, p, type] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, type, findByRules)).toBe(true));
  it("leaves a rate's slash, a visit's code before its modifier, and a trial's protocol", () => {
    expect(untouched('Visit type: 99214 / modifier 95.', '99214', findByRules)).toBe(true);
    expect(untouched('Protocol AMYLO-ELD-301 / EudraCT 2021-004418-27', 'AMYLO-ELD-301', findByRules)).toBe(true);
    expect(findByRules('DL 5 mg, the reg. 2 on call').filter((f) => f.type === 'LICENSE')).toEqual([]);
  });
});

describe("an unknown patient's alias, a police log's number, a buckle number with letters", () => {
  const found: [string, string][] = [
    ['admitted as "Unknown Female Alpha 0109" (temporary CHI 0901249985)', 'Unknown Female Alpha 0109'],
    ['the form for Juan Reyes (trauma alias TRAUMA-ORCA-17) is in the tray', 'TRAUMA-ORCA-17'],
    ['Previous: police log 1174 of 28/12/23 (DA incident)', '1174'],
    ['received by HC Nagaraj, buckle no. HC 4471.', 'HC 4471'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'ID', findByRules)).toBe(true));
  it('leaves an alias that names no one, and a log without a number', () => {
    expect(findByRules('Temporary name: UNKNOWN MALE 14. ER alias "Unknown Male 3".').filter((f) => f.type === 'ID')).toEqual([]);
    expect(findByRules('police log reviewed in 2024').filter((f) => f.type === 'ID')).toEqual([]);
  });
});

describe('health scheme and record numbers by their shape or a local label', () => {
  it("a PhilHealth member's number, in a cell or after its name", () => {
    expect(covers('C-0412,Quezon City,12-050412883-7,2024-07-09,tested NR', '12-050412883-7', 'HEALTH_PLAN', findByRules)).toBe(true);
    expect(covers('His PhilHealth no. is 12-050123456-7 in case', '12-050123456-7', 'HEALTH_PLAN', findByRules)).toBe(true);
  });
  it('an Indonesian medical record number after "No. RM", a Japanese insurance number after its label', () => {
    expect(covers('Ny. Soekarti    No. RM: 12.64.08.31\nUmur: 91 th', '12.64.08.31', 'MRN', findByRules)).toBe(true);
    expect(covers('new card no. 記号 13120455 番号 2217. Sato', '2217', 'HEALTH_PLAN', findByRules)).toBe(true);
    expect(covers('保険者番号 06137421', '06137421', 'HEALTH_PLAN', findByRules)).toBe(true);
  });
  it('leaves "no" before a word', () => {
    expect(findByRules('no pain, no RM today').length).toBe(0);
  });
});

describe("a plate in a local script after a vehicle's word", () => {
  const found: [string, string][] = [
    ['Hit by a taxi (plate 品川 500 あ 48-21) at the crossing.', '品川 500 あ 48-21'],
    ['the owner of the pickup, plate 1กข 4482 เชียงใหม่, stayed on scene.', '1กข 4482 เชียงใหม่'],
    ['drove him down in his pickup (plate ب ج د 4829) before the transfer', 'ب ج د 4829'],
    ['hit by a truck ກຈ 4417 ສະຫວັນນະເຂດ near the bridge', 'ກຈ 4417 ສະຫວັນນະເຂດ'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'VEHICLE', findByRules)).toBe(true));
  it('leaves a number after a vehicle in a text of another script', () => {
    expect(findByRules('รถ bus 2 คัน ไป โรงพยาบาล').filter((f) => f.type === 'VEHICLE')).toEqual([]);
  });
});

describe('a plate a few words after "plate", right after "vehicle", after "patente" or "dominio", and an aircraft\'s registration', () => {
  const found: [string, string][] = [
    ['Scooter plate per his brother: 731 KPD.', '731 KPD'],
    ['the van\'s plate noted by a neighbour as KRT 552 JD; police informed', 'KRT 552 JD'],
    ['she only saw a partial plate "GX41"...', 'GX41'],
    ['Outreach vehicle 37 BDR 204 - back at base by 4', '37 BDR 204'],
    ['Vehicle involved: 519 TQW (NSW)', '519 TQW'],
    ['chocó su auto (patente JKLR-77) contra un poste', 'JKLR-77'],
    ['moto con dominio B452KLM sin casco', 'B452KLM'],
    ['Aircraft: 5H-TKQ, ETA 14:10', '5H-TKQ'],
  ];
  for (const [t, p] of found) it(`finds ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(covers(t, p, 'VEHICLE', findByRules)).toBe(true));
  const kept: [string, string][] = [
    // an implant, a culture, a vertebral end plate, a drug's vehicle, a model's year
    ['ORIF with a 3.5 mm locking plate (LCP 8-hole) and screws', 'LCP 8'],
    ['plate fixation, DCP 4.5 mm, 7 holes', 'DCP 4'],
    ['growth on blood agar plates: MRSA 2+ at 48 h', 'MRSA 2'],
    ['Modic type 1 end plate changes at L4-L5 and L5-S1', 'L4-L5'],
    ['mice given drug or vehicle PEG 400 alone', 'PEG 400'],
    ['vehicle: DMSO 10% in saline', 'DMSO 10'],
    ['single vehicle 2017 F-150, rolled twice', '2017'],
  ];
  for (const [t, p] of kept) it(`keeps ${JSON.stringify(p)} in ${JSON.stringify(t)}`, () => expect(untouched(t, p, findByRules)).toBe(true));
});
