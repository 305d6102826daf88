/**
 * Identifiers that no dictionary gives away, found by their context: names that are also
 * words, workplaces made of ordinary words, addresses and dates in local formats, usernames.
 * And what must stay: scales, programmes, device brands and staging codes that look like them.
 */
import { describe, expect, it } from 'vitest';
import type { PhiType } from '../../../src/shared/deid/index';
import { findIdentifiers } from '../../../src/shared/deid/index';
import { covers, findByRules, untouched } from '../../helpers/deid';

const found: [string, string, PhiType?][] = [
  ['Admitted on Eid-ul-Azha with a cut hand', 'Eid-ul-Azha', 'DATE'],
  ['Snake bite on Vesak Full Moon Poya Day', 'Vesak Full Moon Poya Day', 'DATE'],
  ['alta el 1ro de mayo del 2023', '1ro de mayo del 2023', 'DATE'],
  ['Benutzer: mkrause\nAktion: Befund gelesen', 'mkrause', 'ID'],
  ['Snake bite in a paddy field around 7.30 pm on Vesak Poya day.', 'Vesak Poya day', 'DATE'],
  ['Admitted 17-06-2024 - 1st day of Eid ul Azha; cut to left palm', 'Eid ul Azha', 'DATE'],
  ['slaughtered 11 sheep for neighbours on Eid-e Ghorban and cut his thumb', 'Eid-e Ghorban', 'DATE'],
  ['sertraline 25 mg (started after her husband died at 99 last year)', '99', 'AGE'],
  ['Dadi Ram Pyari (92 saal) - khansi 3 hafte se', '92', 'AGE'],
  ['Budhe baba hai, umar 97 bata rahe gharwale', '97', 'AGE'],
  ['LTI of injured: thumb impression register entry TI-2024-3381', 'thumb impression register entry TI-2024-3381', 'BIOMETRIC'],
  ['biometric_ref : FMR template hash 9f3a55e1c07b (right index finger)', 'FMR template hash 9f3a55e1c07b', 'BIOMETRIC'],
  ['Dr Bindu Nair (TCMC 38810) | Reji', '38810', 'LICENSE'],
  // days named in other languages, and counted from a holiday
  ['we went to the cabin for midsommar and she fell', 'midsommar', 'DATE'],
  ['home visit 14.02 (walentynki..)', 'walentynki', 'DATE'],
  ['Seen on the eve of Meskel with fever', 'the eve of Meskel', 'DATE'],
  ['revenu le lendemain de la Korité avec de la fièvre', 'le lendemain de la Korité', 'DATE'],
  ['Closed on Lunar New Year\'s Day, reopened after', "Lunar New Year's Day", 'DATE'],
  ['alta el Sábado de Gloria', 'Sábado de Gloria', 'DATE'],
  ['alta el 1° de mayo.', '1° de mayo', 'DATE'],
  ['Operace 3. 5. 2016, kontrola 14. 8. 2023. Propuštěn 30. 9., doma.', '30. 9.', 'DATE'],
  // an age after a name and its sex; stored prints and faces by their reference; a user after "usuario"
  ['Patient: Eirini Chatzidimitriou, F, 96 · AMKA 30032801442', '96', 'AGE'],
  ['Rocío Marín (fingerprint login FP-00417) | K+', 'fingerprint login FP-00417', 'BIOMETRIC'],
  ['Etim, Aniekan | 10-print enrolment NDR-BIO-5520183 | 87', '10-print enrolment NDR-BIO-5520183', 'BIOMETRIC'],
  ['Identity check . facial template match ref FT-0093318', 'facial template match ref FT-0093318', 'BIOMETRIC'],
  ['confirmed via the phone system (voice ID enrolment VE-20931).', 'voice ID enrolment VE-20931', 'BIOMETRIC'],
  ['profesional : Dra. Javiera Fuentealba   usuario: jfuentealba', 'jfuentealba', 'ID'],
  ['Reviewed by Dr M. Brzezinski (mbrzezinski) today', 'mbrzezinski', 'ID'],
  ['Signed. Danielle Moreau (dmoreau)', 'dmoreau', 'ID'],
  ['Edited by Tom Ng (tom.ng2) at 14:02', 'tom.ng2', 'ID'],
  // user names made of the name before them, or after "by user"; numbers in A-number and donation columns
  ['Analyst: M. Brzezinski (mbrzezinski)', 'mbrzezinski', 'ID'],
  ['Query run by: Danielle Moreau (dmoreau), Privacy Officer', 'dmoreau', 'ID'],
  ['report generated 2024-03-05 07:02 by user tbeaudry @ 192.0.2.44', 'tbeaudry', 'ID'],
  ['| Name | A-number | Notes |\n| Hassan Mberwa | A 245 550 118 | new HTN |', 'A 245 550 118', 'ID'],
  ['Time | Product | Donation no.\n02:14 | RBC x2 | G092124 812 447 H', 'G092124 812 447 H', 'ID'],
  // marks described by what is tattooed where, by a "Scars:" label, or in a bulleted list under its cue
  ['Tanner 4. A small Orthodox cross tattooed in blue ink on the inside of the right wrist, with the initials "M.T." underneath. X-ray', 'A small Orthodox cross tattooed in blue ink on the inside of the right wrist, with the initials "M.T." underneath', 'BIOMETRIC'],
  ['Scars: linear burn scars x3 across the left upper back, each about 6 cm, made with a heated rod.\nReferrer: GP', 'linear burn scars x3 across the left upper back, each about 6 cm, made with a heated rod', 'BIOMETRIC'],
  ['who has three parallel scarification marks on each cheek, made in childhood in Oyo - keloids now', 'three parallel scarification marks on each cheek, made in childhood in Oyo', 'BIOMETRIC'],
  ['Identifying features (for police / social work):\n - missing left little finger at PIP joint\n - gold crown upper left incisor\nProperty: wallet', 'missing left little finger at PIP joint', 'BIOMETRIC'],
  ['Identifying features (for police / social work):\n - missing left little finger at PIP joint\n - gold crown upper left incisor\nProperty: wallet', 'gold crown upper left incisor', 'BIOMETRIC'],
  // names named by a role or relation around them
  ['Work note requested for Dawn (her supervisor) next week.', 'Dawn', 'NAME'],
  ['bed 3 - hope (pt) settled overnight, obs stable', 'hope', 'NAME'],
  ['bed 7 - bill - HHS, osm 342, still on VRII', 'bill', 'NAME'],
  ['bed 5 - jack (mr j mcbride on the board) - CURB 2', 'jack', 'NAME'],
  ['Cormac (shepherd, 71) was kicked by a ewe.', 'Cormac', 'NAME'],
  ['Found on the landing by her neighbour (Joy) at 0700.', 'Joy', 'NAME'],
  ['Her family came in; the son is Grant, the tall one.', 'Grant', 'NAME'],
  ['Handout for Ted (Edward Mbatha), to keep on the fridge.', 'Ted', 'NAME'],
  ['Replying to Sandy:\n> does anyone use a spacer for this?', 'Sandy', 'NAME'],
  ['Happy to look at the films if you send them.\nRuth', 'Ruth', 'NAME'],
  ['Agree with the plan, I would stop the statin. -Kev', 'Kev', 'NAME'],
  ['Crew: P. Dale / T. Nowicka\nPickup: home address', 'P. Dale', 'NAME'],
  ['Witness signature: J. Abernethy   Date: today', 'J. Abernethy', 'NAME'],
  ['ORTHO HANDOVER\nOkonjo, Chiamaka R.  MRN 44810023', 'Okonjo, Chiamaka R.', 'NAME'],
  ['paged re bed 6 (Lane, Robin) potassium 6.2', 'Lane, Robin', 'NAME'],
  ['Theatre list\n1. Rose - lap appendix\n2. Tomasz Wrobel - hernia', 'Rose', 'NAME'],
  ['Theatre list\n1. Rose - lap appendix\n2. Tomasz Wrobel - hernia', 'Tomasz Wrobel', 'NAME'],
  ['his daughter will rang the ward twice this morning', 'will', 'NAME'],
  ['pls ask bo in pharmacy about the level', 'bo', 'NAME'],
  ['transport booked, spoke to gavin at the desk', 'gavin', 'NAME'],
  ['constables Hart and Mbeki brought him in', 'Hart', 'NAME'],
  ['Mevr. Femke van der Berg-Smit, 52, fell from her bike.', 'Femke van der Berg-Smit', 'NAME'],
  ['Ward round\nPercival Oakes 91M side room 4', 'Percival Oakes', 'NAME'],
  // workplaces, venues and organisations
  ['Employer: Green Valley Dental (practice manager).', 'Green Valley Dental', 'LOCATION'],
  ['Found outside the Plough and Harrow at closing time.', 'Plough and Harrow', 'LOCATION'],
  ['Referred to the Royal Hospital for Sick Children for review.', 'Royal Hospital for Sick Children', 'LOCATION'],
  ['Letter from Lakeside Heights Medical Center, radiology.', 'Lakeside Heights Medical Center', 'LOCATION'],
  ['Lives at Birch House supported living with two others.', 'Birch House supported living', 'LOCATION'],
  ['Brought from Marsh Lane car park by ambulance.', 'Marsh Lane', 'LOCATION'],
  ['order rejected; sending facility NORTHFIELD GENERAL HOSP; retry queued', 'NORTHFIELD GENERAL HOSP', 'LOCATION'],
  ['Verlegt ins Elisabeth-Klinikum zur Weiterbehandlung.', 'Elisabeth-Klinikum', 'LOCATION'],
  ['Conductor with ZTM Gdańsk since 2010.', 'ZTM Gdańsk', 'LOCATION'],
  ['Mora en Av. Corrientes 1840, 3° B, con su hija.', 'Av. Corrientes 1840, 3° B', 'LOCATION'],
  ['Home: Purok 4, Brgy. San Isidro, Quezon City.', 'Brgy. San Isidro', 'LOCATION'],
  ['Lives in Mapo-gu with her husband.', 'Mapo-gu', 'LOCATION'],
  ['Postal address: Al Malqa, Riyadh 13521.', 'Riyadh 13521', 'LOCATION'],
  ['Eircode A65 F4E2 on the referral.', 'A65 F4E2', 'LOCATION'],
  ['転院先: 大阪中央病院', '大阪中央病院', 'LOCATION'],
  ['Yamada Keiko (山田恵子), 93, lives alone.', '山田恵子', 'NAME'],
  // dates in local formats
  ['nursing note Weds 6/11 0915: settled', '6/11', 'DATE'],
  ['Teaching moved to Thurs 14th, room 2.', '14th', 'DATE'],
  ['seen by the memory clinic on the 2nd and discharged', 'the 2nd', 'DATE'],
  ['Theatre list Fri 21/3\n1. knee scope', '21/3', 'DATE'],
  ['GAD-7 9 at follow-up (19/5), improving.', '19/5', 'DATE'],
  // (a date's cue before a lab's or an eponym's name keeps the day a date: not "Barthel 6/20")
  ['No firearms concerns.\nNext: INR 10/30.', '10/30', 'DATE'],
  ['Resident found down 11/25 AM, last known well 22:00.', '11/25', 'DATE'],
  ['Crisis plan agreed. RTC 5/4, sooner if worse.', '5/4', 'DATE'],
  ['Last BM 12/2. Abdomen soft.', '12/2', 'DATE'],
  // (an ordinal day after a word of rotas and bookings, where a day's end follows)
  ['can anyone cover my 14th & 15th nights? x', '14th & 15th', 'DATE'],
  ['Surgery closed over the holiday, reopens 3rd.', '3rd', 'DATE'],
  ['Bloods booked for 19th pm with the practice nurse.', '19th', 'DATE'],
  ['Admitted three days after Diwali 2023 with chest pain.', 'three days after Diwali', 'DATE'],
  ['入院日 2023年11月2日', '11月2日', 'DATE'],
  // ages and identifiers
  ['Frau K., 94 Jahre, Sturz zu Hause.', '94', 'AGE'],
  ['Mrs P 91/F, lives alone, independent.', '91', 'AGE'],
  ['logged in as mwhitlock from the ward PC', 'mwhitlock', 'ID'],
  ['session closed by sroberts7 at 02:10', 'sroberts7', 'ID'],
  ['Username (portal): blue_heron_72', 'blue_heron_72', 'ID'],
  ['DNI 27.555.301 en la historia clínica.', '27.555.301', 'ID'],
  ['RRN 850612-1****** on the form', '850612-1******', 'ID'],
  ['PKW-Kennzeichen M-AB 1234, Unfall auf der A9.', 'M-AB 1234', 'VEHICLE'],
  ['Matatu KBX 772C was involved.', 'KBX 772C', 'VEHICLE'],
  ['Address on file:\nFlat 2, 9 Marine Parade\nWhitstable\nCT5 1AB', 'Whitstable', 'LOCATION'],
  ['Employer: Riverside General Hospital\nAllergies: none', 'Riverside General Hospital', 'LOCATION'],
  ['Patient signature: R Okoye   Date: today', 'R Okoye', 'NAME'],
  ['Discussed with FY1 Tom (bleep 2290); dose held.', 'Tom', 'NAME'],
  ['A man from Hope, a village in the hills, presented.', 'Hope', 'LOCATION'],
  ['the nursery is Little Acorns in town', 'Little Acorns', 'LOCATION'],
  ['MSH|^~\\&|EPIC|SEAVIEW|LAB|SVH|20250206093012||ADT^A08|MSG1|P|2.5.1', 'SEAVIEW', 'LOCATION'],
  ['handover\nbed 1 Pearl Okafor 92 - delirium', '92', 'AGE'],
  ['ODP: Kemal\nScrub: Pinto', 'Kemal', 'NAME'],
  ['Renal sign-in\nK. Pereira 07:00\nWiremu 07:30', 'Wiremu', 'NAME'],
  ['Clinic list\n09:00 Byrne, Ciaran (90) - AF review', 'Byrne, Ciaran', 'NAME'],
  ['Bloods monthly at Victoria Hospital clozapine clinic.', 'Victoria Hospital', 'LOCATION'],
  ['Dr Rhys Evans (paediatric registrar) examined him.', 'Rhys Evans', 'NAME'],
  ['Hi, this is Carol Brown, calling about my husband.', 'Carol Brown', 'NAME'],
  ['Westmead Children\'s Hospital\nLocked Bag 4001, Westmead NSW 2145', 'Locked Bag 4001', 'LOCATION'],
  ['Cnr Steve Biko and Walter Sisulu Roads, Khayelitsha', 'Cnr Steve Biko and Walter Sisulu Roads', 'LOCATION'],
  ['Aadhaar (last 4): XXXX XXXX 5521', 'XXXX XXXX 5521', 'ID'],
  ['His HMO is Hygeia, enrollee number HYG/L/448213/03.', 'HYG/L/448213/03', 'HEALTH_PLAN'],
  ['Mother Hana P., 32, G2P1, booked at 11 weeks.', 'Hana P.', 'NAME'],
  ['akhoury opened the file; audit: user akhoury, 19:46', 'akhoury', 'ID'],
  ['Teeth: gold crown upper left canine engraved \'IV\'', "gold crown upper left canine engraved 'IV'", 'BIOMETRIC'],
  ['question answered. - Dr Rowena Dizon, St. Luke\'s Quezon City', "St. Luke's Quezon City", 'LOCATION'],
  ['Re: Lily Tran, DOB 03/03/2022\n\nLily was accompanied by her mother.', 'Lily', 'NAME'],
  // nationality words and British spellings that are also names stay names
  ['Maria Torres was admitted overnight.', 'Maria Torres', 'NAME'],
  ['Karen rang to say her father fell.', 'Karen', 'NAME'],
  ['Access code: 4471 for the key safe.', '4471', 'ID'],
  ['Gateway updated to 10.0.0.5 by IT.', '10.0.0.5', 'IP'],
  ['CP 06700 Ciudad de México', '06700', 'LOCATION'],
  ["moved to Leeds on Sarah's advice", 'Sarah', 'NAME'],
  ['handover 0730 - bed 12 grace hall, 94, CAP on co-amox', 'grace hall', 'NAME'],
  ['bed 14 mr young, post TURP day 2', 'young', 'NAME'],
  ['dtr rose wants a call before 10', 'rose', 'NAME'],
  ['nurse joy: doc, pt dizzy again', 'joy', 'NAME'],
  ['Pt Olive Hall  DOB 19290412  (96)', '96', 'AGE'],
  ['Geriatrics: 100th birthday last week, now confused.', '100', 'AGE'],
  ['Celular (21) 98555-4410 para contato.', '(21) 98555-4410', 'PHONE'],
  ['Identifying marks: a tattoo of a rose on the left shoulder; gold front tooth. Admitted to ICU.', 'gold front tooth'],
  // a bare value under a header that names the identifier
  ['FLU CLINIC SIGN-IN\n| Name | Badge | Ward |\n|---|---|---|\n| Ama Owusu | 48213 | 7B |', '48213', 'ID'],
  ['Emp #\tName\tDept\n40112\tJ. Novak\tPress shop', '40112', 'ID'],
  ['| Bed | Patient | MRN |\n| 4 | T. Osei | 00418822 |', '00418822', 'MRN'],
  ['| # | Patient | Age | Dx |\n| 2 | Nkemelu, Grace | 92 | C. diff |', 'Nkemelu, Grace', 'NAME'],
  ['| # | Patient | Age | Dx |\n| 2 | Nkemelu, Grace | 92 | C. diff |', '92', 'AGE'],
  ['| Subject | Initials | Eligible |\n| S-017 | R.K. | no |', 'R.K.', 'NAME'],
  ['Checked by: R.K.\nNext check due in a week.', 'R.K.', 'NAME'],
  ['Seen with Md. Salim at the clinic.', 'Md. Salim', 'NAME'],
  ['Rheum wait at Royal University Hospital is 9 months.', 'Royal University Hospital', 'LOCATION'],
  // a month and day after a scan, a meeting or a dose, or before a time
  ['Next appt 3/4 6pm, in person at the office.', '3/4', 'DATE'],
  ['MRI 3/20: full-thickness supraspinatus tear.', '3/20', 'DATE'],
  ['Dosed methadone, last dose 2/27 per the log.', '2/27', 'DATE'],
  ['CPS case open, placed 6/17 with kinship carers.', '6/17', 'DATE'],
  // titles of police and courts, and nicknames in quotes
  ['Present: DC Lane (CAIT) and the health visitor.', 'Lane', 'NAME'],
  ['Bench (DJ Frost) accepted the report.', 'Frost', 'NAME'],
  ['Client: Travis Kimbrough ("TK"), on methadone.', 'TK', 'NAME'],
  ['Sleeping in the cab; friend = "Hunter", drives nights.', 'Hunter', 'NAME'],
  ['Cat ("Major") underfoot constantly, trip risk discussed.', 'Major', 'NAME'],
  // institutions named by a town, short names, workplaces and local address parts
  ['The Consultant Cardiologist,\nNational Hospital, Abuja\n\nDear Sir', 'National Hospital', 'LOCATION'],
  ['Imogen, 2nd yr Law, University of Bath, lives in halls', 'University of Bath', 'LOCATION'],
  ['Dental to Texas Children\'s next month.', "Texas Children's", 'LOCATION'],
  ['Dad is at work at the Tyson plant until six.', 'Tyson plant', 'LOCATION'],
  ['Found him off I-10 exit 15 at the truck stop.', 'I-10 exit 15', 'LOCATION'],
  ['Address: H.No. 4-12/B, Road No. 3, Banjara Hills, Hyderabad - 500034', 'H.No. 4-12/B', 'LOCATION'],
  ['Тел.: 8 (928) 555-40-77', '8 (928) 555-40-77', 'PHONE'],
  ['Vriendin Lotte belt 06 55501934.', '06 55501934', 'PHONE'],
  ['NHS no 0612345678', '0612345678', 'MRN'],
  ['Moved into Bungalow 2 at the almshouses last week.', 'Bungalow 2', 'LOCATION'],
  ['Found unwell in Caravan 18, Appleby Road site', 'Caravan 18', 'LOCATION'],
  ['Staying at Chalet 3, Les Arcs with family', 'Chalet 3', 'LOCATION'],
  ["Rose and I'm off now, call if needed.", 'Rose', 'NAME'],
  ["Harlan County's sheriff called the ward.", 'Harlan County', 'LOCATION'],
  ['Served with 1st Marines-led task force, army medic.', '1st Marines', 'LOCATION'],
  ['Practice: Gateway Medical Centre, Umhlanga, 4319\nPractice no.: 0582417', 'Umhlanga, 4319', 'LOCATION'],
  ['cut her L index finger with a filleting knife 15.3. at 06:20.', '15.3.', 'DATE'],
  ['Husband died 22.02., classic story.', '22.02.', 'DATE'],
  ['Confused, thinks it is julaften. Temp 35.6', 'julaften', 'DATE'],
  ['Sankt Hans aften ble han dårlig', 'Sankt Hans aften', 'DATE'],
  ['Beteg pünkösdhétfő óta lázas.', 'pünkösdhétfő', 'DATE'],
  ['Phone 8 (7212) 55-51-73, mob.', '8 (7212) 55-51-73', 'PHONE'],
  ['Address: H.No. 4-12/B, Road No. 3, Banjara Hills, Hyderabad - 500034', 'Hyderabad - 500034', 'LOCATION'],
  ['Bishop Street, Tuam, Co. Galway H54 X2K7', 'Co. Galway H54 X2K7', 'LOCATION'],
  ['St. Luke\'s Clinic\nPlot 1142 Ahmadu Bello Way\nAbuja', 'Plot 1142 Ahmadu Bello Way', 'LOCATION'],
  // named days: a day within a festival, informal names, festivals of more countries
  ['Brought to A&E on the 2nd day of Sallah with a dense hemiplegia.', '2nd day of Sallah', 'DATE'],
  ['Breathless since xmas dinner, ankles swollen.', 'xmas', 'DATE'],
  ['Seen the day after Paddy\'s Day with arthralgia.', "the day after Paddy's Day", 'DATE'],
  ['Ward round - Mashujaa Day (skeleton staff).', 'Mashujaa Day', 'DATE'],
  // marks described without a label, and stored voice models
  ['Family found him from the photo - three long vertical tribal marks on both cheeks.', 'three long vertical tribal marks on both cheeks', 'BIOMETRIC'],
  ['absconded 0400 - inform security, scar through L eyebrow', 'scar through L eyebrow', 'BIOMETRIC'],
  ['Pt has a "STAY HUMBLE" script tattoo across the right wrist.', 'a "STAY HUMBLE" script tattoo across the right wrist', 'BIOMETRIC'],
  ['ID marks as he has no ID: spider web tattoo on left elbow, "MUM" on right knuckles.', 'spider web tattoo on left elbow, "MUM" on right knuckles', 'BIOMETRIC'],
  ['Uploaded to the vendor, voice model ID VB-2024-55821 created.', 'voice model ID VB-2024-55821', 'BIOMETRIC'],
  ['Handed over to the day team.\nNurse on duty: Blessing.', 'Blessing', 'NAME'],
  ['| Subj | Init | Age |\n| 014-0231 | R.T.M. | 72 |', 'R.T.M.', 'NAME'],
  ['Called dad Wes Frost cell 417-555-0156, no answer.', 'Wes Frost', 'NAME'],
  ['Strategy meeting\nPresent: Dawn Marsh (SW), the school nurse', 'Dawn Marsh', 'NAME'],
  ['bruising noted by nursery mgr Autumn Gray this morning', 'Autumn Gray', 'NAME'],
  ['Seen with Karen French today.', 'Karen French', 'NAME'],
  ['Vaccine        Date         Batch      Given by\nRotarix        2021-06-11   AROLB744A  R. Tipene RN', '2021-06-11', 'DATE'],
  ['Next visit 3/4 at the clinic.', '3/4', 'DATE'],
  ['{"system":"urn:oid:2.16.840.1.113883.3.555","value":"A00918823"}', 'A00918823'],
  // letterheads, trusts, stickers, barcodes and pasted JSON records
  ['Valley View Endoscopy Center   Procedure date 05/14/2025', 'Valley View Endoscopy Center', 'LOCATION'],
  ['PEDIATRIC SICK VISIT - Little Acorns Pediatrics\nAyla, 6 yo F', 'Little Acorns Pediatrics', 'LOCATION'],
  ['The Oaks Surgery\n41 Chapel Street, Market Harborough', 'The Oaks Surgery', 'LOCATION'],
  ['Pennine Valley NHS Foundation Trust\nDepartment of Radiology', 'Pennine Valley NHS Foundation Trust', 'LOCATION'],
  ['Beaumont Hospital, Dublin 9 - Department of Neurology', 'Dublin 9', 'LOCATION'],
  ['RESIDENT: MCGILLICUDDY, FRANCIS X.   DOB: 01/06/1932', 'MCGILLICUDDY, FRANCIS X.', 'NAME'],
  ['ORDERING: OKONKWO, C MD       COLLECTED 04:00', 'OKONKWO, C', 'NAME'],
  ['SPECIMEN BARCODE: *L2501270044193*', '*L2501270044193*', 'ID'],
  ['{"name":[{"family":"Oyelowo","given":["Temitope"]}],"address":[{"city":"Atlanta","postalCode":"30311"}]}', 'Oyelowo', 'NAME'],
  ['{"name":[{"family":"Oyelowo","given":["Temitope"]}],"address":[{"city":"Atlanta","postalCode":"30311"}]}', '30311', 'LOCATION'],
  ['Client: Opal Stiltner, Rt 2 Box 118, Grundy, VA', 'Rt 2 Box 118', 'LOCATION'],
  ['Subject ID: 114-0027   Initials: R-J-M   Visit 3', 'R-J-M', 'NAME'],
  ['Time   Temp   HR   SpO2  Pain  Init\n0400   38.6   112  93%   6/10  KR', 'KR', 'NAME'],
  ['Upright 90 degrees. Wife Peggy shown techniques.', 'Peggy', 'NAME'],
  ['handover ICU -> ward\nBarry Young ("baz"), 58, DKA resolved', 'baz', 'NAME'],
  ['Tyler "T-Rex" Robinson, 20, linebacker at the college.', 'Tyler "T-Rex" Robinson', 'NAME'],
  ['Plan discussed with family, recheck Friday.\n- JM', 'JM', 'NAME'],
  ['Facilitators Marie-Claude Gagnon and Tom Beaulieu.', 'Marie-Claude Gagnon', 'NAME'],
  ["Hi all, I'm Deb, I work out of the community team.", 'Deb', 'NAME'],
  ['I can share the link, just DM me (mt_sgt_rec_therapy).', 'mt_sgt_rec_therapy', 'ID'],
  ['Used this with my group (sessions on 14th and 21st April).', '14th', 'DATE'],
  ["A big demo session on World Parkinson's Day.", "World Parkinson's Day", 'DATE'],
  // chat: requests by name, ages after a name, dates with a day over 12
  ['Lerato pls do the BI-1663 when u come in', 'Lerato', 'NAME'],
  ['ok.\nwambui can u do the NBU review', 'wambui', 'NAME'],
  ['pt is Dolores Finch, 90y, MRN 88214407', '90', 'AGE'],
  ['1. Barry 93 from Bupa Kogarah, fall', '93', 'AGE'],
  ['any chance u can swap ur 24/12 for my 31/12?', '24/12', 'DATE'],
  ['handover ward 3 male med 18/10\nbed 1 stable', '18/10', 'DATE'],
  ['morning folks 🌴 Kerry-Ann here. need somebody to take my call', 'Kerry-Ann', 'NAME'],
  ["anyone in casualty?? Pinky ma'am asking for the 2 units", 'Pinky', 'NAME'],
  ['fyi cops (sgt Barker) want the rego', 'Barker', 'NAME'],
  ['anyone got a good contact at cumberland infirmary for vascular?', 'cumberland infirmary', 'LOCATION'],
  ["for d/c to st clare's nursing home once OT happy", "st clare's nursing home", 'LOCATION'],
  // the kind of place after a found place name belongs to it, and a tattoo described by where it is
  ['family meeting at rotorua hospital about koro', 'rotorua hospital', 'LOCATION'],
  ['Follow-up: Tampines Polyclinic in two weeks', 'Tampines Polyclinic', 'LOCATION'],
  ['Seen by the police; a small anchor tattoo behind the left ear was noted.', 'a small anchor tattoo behind the left ear', 'BIOMETRIC'],
  // a name is a name even beside something shaped like a dose, a release code or a day
  ['Dr Patel to review in 6/52.', 'Patel', 'NAME'],
  ['Bloods taken by Mrs Khan SR on the ward.', 'Khan', 'NAME'],
  ['Discussed with Lily Yang (ward pharmacist).', 'Lily Yang', 'NAME'],
  ['Seen with Nye Jones in clinic.', 'Nye Jones', 'NAME'],
  ['Reviewed by Dr English on the ward.', 'English', 'NAME'],
  // places named after a person or a deity, generic words that begin a name, a chain's branch by its street
  ['Diabetes camp (Sri Sai Community Hall, Madipakkam)', 'Sri Sai Community Hall', 'LOCATION'],
  ['DISCHARGE SUMMARY - Sri Venkateswara Multispeciality Hospital, Tirupati', 'Sri Venkateswara Multispeciality Hospital', 'LOCATION'],
  ['HISTOPATHOLOGY REPORT\nSouthern Cross Pathology - Clayton Laboratory', 'Southern Cross Pathology', 'LOCATION'],
  ['DISCHARGE SUMMARY - Baptist Health Lexington\nPatient: E. Rich', 'Baptist Health Lexington', 'LOCATION'],
  ['My pharmacy is the Walgreens on Delmar. Best number is below.', 'Walgreens on Delmar', 'LOCATION'],
  ['picked up the strips at CVS on Elm & 3rd today', 'CVS on Elm & 3rd', 'LOCATION'],
  // a role written before a name, whiteboard lines with an age after the name
  ['Anaesthetist Dr B. Lachance; CRNA Mike relieved 08:45.', 'Mike', 'NAME'],
  ['RN Precious to monitor overnight BGLs x 3 nights.', 'Precious', 'NAME'],
  ['Community RHD nurse Mere has been brilliant.', 'Mere', 'NAME'],
  ['LMC Kiri Walker attended for the review.', 'Kiri Walker', 'NAME'],
  ['bed 15 - jimmy p, 34m, etoh w/d, ciwa 18', 'jimmy p', 'NAME'],
  ['- Bed 4: Sunday Nwachukwu, 12yo, HbSS crisis', 'Sunday Nwachukwu', 'NAME'],
  ['KNH ward round\n1. wanjiru kamau 45F DKA resolving', 'wanjiru kamau', 'NAME'],
  // names in Han, kana and Hangul, by an honorific, a role, relation or label, or a romanisation in brackets
  ['患者 王秀英 (Wang Xiuying), 女, 66岁.', '王秀英', 'NAME'],
  ['患者 王秀英 (Wang Xiuying), 女, 66岁.', 'Wang Xiuying', 'NAME'],
  ['Son 李伟 lives in Canada, English ok.', '李伟', 'NAME'],
  ['Care manager 小林さん informed.', '小林', 'NAME'],
  ['Her husband 橋本 正男 will accompany her.', '橋本 正男', 'NAME'],
  ['김지은 선생님, thanks for sharing.', '김지은', 'NAME'],
  ['my resident 박서준 is writing it up', '박서준', 'NAME'],
  ['Patient: Nguyễn Văn Hùng (グエン・ヴァン・フン), 24', 'グエン・ヴァン・フン', 'NAME'],
  // international phone numbers in groups of two, and local numbers after a cue in another language
  ['He can be reached at +33 6 47 21 88 03 or by e-mail.', '+33 6 47 21 88 03', 'PHONE'],
  ['questions to lek. Zielińska, tel. +48 42 689 51 20.', '+48 42 689 51 20', 'PHONE'],
  ['Treballa a Mercadona. Telèfon 632 418 905.', '632 418 905', 'PHONE'],
  ['Tel. 11 5724-8839 (cuñada Rosa).', '11 5724-8839', 'PHONE'],
  // street addresses in other languages, with their flats, floors and plots, and a day of a Hijri month
  ['Adres: Odabaşı Mah. Atatürk Cad. No:112 D:9, Antakya', 'Odabaşı Mah. Atatürk Cad. No:112 D:9', 'LOCATION'],
  ['Alamat: Jl. Kemang Raya No. 17 RT 005/RW 02, Kel. Bangka', 'Jl. Kemang Raya No. 17 RT 005/RW 02', 'LOCATION'],
  ['Domicilio: Av. Iriarte 3401 piso 2 dto. C, Barracas.', 'Av. Iriarte 3401 piso 2 dto. C', 'LOCATION'],
  ['Morada nova: Rua de Lisboa 27 2º Esq., 9500-216 Ponta Delgada.', 'Rua de Lisboa 27 2º Esq.', 'LOCATION'],
  ['Endereço: Rua C-148, Qd. 312, Lt. 9, Jardim América', 'Rua C-148, Qd. 312, Lt. 9', 'LOCATION'],
  ['Domicili: C/ de la Riera Baixa 14 2n 1a, 08001 Barcelona.', 'C/ de la Riera Baixa 14 2n 1a', 'LOCATION'],
  ['Centrum Medyczne, ul. Marszałkowska 84/92 lok. 15, 00-514 Warszawa', 'ul. Marszałkowska 84/92 lok. 15', 'LOCATION'],
  ['before the war: vul. Sumska 72, Kharkiv.', 'vul. Sumska 72', 'LOCATION'],
  ['Date: 28/03/2023 (6 Ramadan 1444)', '6 Ramadan', 'DATE'],
  ['Fasting since the first day of Ramadan, well so far.', 'the first day of Ramadan', 'DATE'],
  ['bought two rosellas on the Saturday before Mother\'s Day; one died', 'the Saturday before Mother\'s Day', 'DATE'],
  ['assaulted outside the hotel late on Grand Final eve (~23:30)', 'Grand Final eve', 'DATE'],
  // who wrote each line of a chat, names joined by "son of" or "daughter of", roles before and in brackets
  ['[School Nursing Team]\nBex 08:12: anyone free this pm?\nKai 08:15: I can', 'Bex', 'NAME'],
  ['hannah.k 10:43: don\'t wait for clinic\nraj 10:45: agree', 'hannah.k', 'NAME'],
  ['Muthu Krishnan s/o Ramasamy, 42, hairdresser', 'Muthu Krishnan s/o Ramasamy', 'NAME'],
  ['| Rosnah binte Ismail | domestic helper |', 'Rosnah binte Ismail', 'NAME'],
  ['Set up by Carol (DN); second checker M. Ellis', 'Carol', 'NAME'],
  ['SMO Dr Aoife Brennan; PHN Rose', 'Rose', 'NAME'],
  ['Counselled by ICN Mary Faith D\'Souza. Incident logged.', 'Mary Faith D\'Souza', 'NAME'],
  // a collar number, a medical-aid number, a Reddit user, Scandinavian hospitals
  ['Seen at the request of PS Hardcastle 4472.\nArrested for assault.', '4472', 'ID'],
  ['Medical aid 180 334 921. Seen in clinic.', '180 334 921', 'HEALTH_PLAN'],
  ['u/sideline_doc_wv · 4h\nTeam doc for a college program.', 'u/sideline_doc_wv', 'ID'],
  ['From: Kirkenes sykehus   To: the university hospital', 'Kirkenes sykehus', 'LOCATION'],
  ['Referred from Haukeland universitetssjukehus after a BI-RADS 4 lesion.', 'Haukeland universitetssjukehus', 'LOCATION'],
  // Irish counties and Eircodes, numbers with their national cues, plates after the vehicle, aircraft
  ['Address: Drumbeg, Kingscourt, Co. Cavan, A82 X6K4\nBooked in clinic.', 'Co. Cavan', 'LOCATION'],
  ['Address: Drumbeg, Kingscourt, Co. Cavan, A82 X6K4\nBooked in clinic.', 'A82 X6K4', 'LOCATION'],
  ['Patient X, NHI ZHJ27QK, seen today', 'ZHJ27QK', 'ID'],
  ['IHI 4 000 218 336, GMS 11 0873 224T.', '11 0873 224T', 'HEALTH_PLAN'],
  ['Medicare 2208 53311 4/3, CRN 207 448 913K.', '207 448 913K', 'ID'],
  ['key worker Sina Faleolo 07 839 8899 ext 4412; GP aware', '07 839 8899 ext 4412', 'PHONE'],
  ['Address: RD 1, Motueka 7196. Ph 03 528 1904', '03 528 1904', 'PHONE'],
  ['she is driving in separately (white Hilux CFX 21R)', 'CFX 21R', 'VEHICLE'],
  ['Wife following in car (KJT734), ph 021 0844 3921.', 'KJT734', 'VEHICLE'],
  ['Retrieval team on board. Aircraft VH-FXJ.\n1. Station hand', 'VH-FXJ', 'VEHICLE'],
  // an age after a full name, chat senders with the time before or none
  ['Verification of death: Mrs Ivy Parry, 101. Expected.', '101', 'AGE'],
  ['resident Florence Tibbs 99 temp 38.1, asking for a visit', '99', 'AGE'],
  ['crew group\nGaz: anyone got a pen torch\nBecks: in the kit bag\nTariq: anyone want to swap', 'Becks', 'NAME'],
  ['clinical channel\n[09:14] Lou (PN): can someone look at these bloods\n[09:19] Raj: ok', 'Lou', 'NAME'],
  // dates with a 24-hour time after them, a branch after a dash, a store's number, a doctor's degree
  ['MAR\n11/03 0600  heparin 5,000 units SUBQ q8h', '11/03', 'DATE'],
  ['inpatient stay met (admit 9/12).', '9/12', 'DATE'],
  ['Service: inpatient stay, Ochsner Medical Center – Kenner\nDetermination: denied', 'Ochsner Medical Center – Kenner', 'LOCATION'],
  ['Pharmacy: Walgreens #07733 on International Blvd.', 'Walgreens #07733', 'LOCATION'],
  ['Reviewer: A. Kovacs, MD. Determination: preventable.', 'A. Kovacs', 'NAME'],
  // found before this session's changes and kept found (a second reading's list)
  ['{"surname": "nwachukwu", "dob": "1954-03-02"}', 'nwachukwu', 'NAME'],
  ['{"firstName":"Tobenna","lastName":"Oyelowo","zip":"3350"}', 'Oyelowo', 'NAME'],
  ['Presented to ER 3/14 with chest pain.', '3/14', 'DATE'],
  ['Reviewed on 14/3 day 5 post-op.', '14/3', 'DATE'],
  ['Completed chemo 28/2 and relapsed.', '28/2', 'DATE'],
  ['Signed: P.T.', 'P.T.', 'NAME'],
  ['DI Frost attended.', 'Frost', 'NAME'],
  ['spoke to det smith about the assault', 'smith', 'NAME'],
  ['Barking Community Hospital called.', 'Barking Community Hospital', 'LOCATION'],
  ['Distinctive scar through his left eyebrow from an old stab wound.', 'scar through his left eyebrow', 'BIOMETRIC'],
  ['New patient to the practice. Scar across the upper lip from a dog bite.', 'Scar across the upper lip', 'BIOMETRIC'],
  ['| Patient | Ward |\n| Precious Moon | 4B |', 'Precious Moon', 'NAME'],
  ['Kerala\nTellicherry 670101', 'Tellicherry 670101', 'LOCATION'],
  ['message me on LinkedIn (sam.okoro1)', 'sam.okoro1', 'ID'],
  ['Bex here covering bay 3 tonight', 'Bex', 'NAME'],
  ['Mrs Kileen attended.', 'Kileen', 'NAME'],
  ['Daughter Mikelle will collect her.', 'Mikelle', 'NAME'],
  // a given name before a quoted nickname, a name before a school year or an ID, a bank holiday, two days by ordinals
  ['Service user: Jordan "JJ" Mulgrew, 31 M, RiO 11048273', 'Jordan "JJ" Mulgrew', 'NAME'],
  ['Ruby (yr 10) asked about contraception.', 'Ruby', 'NAME'],
  ['Health advisor: Jade (ID HA40917). Clinical advisor on call.', 'Jade', 'NAME'],
  ['not right since the August bank holiday: not sleeping', 'August bank holiday', 'DATE'],
  ['anyone want to swap nights 15th/16th? kid\'s party', '15th/16th', 'DATE'],
  // Korean romanised and Thai names, East Asian addresses, Austrian and Korean dates, a French NIR, a Spanish plate
  ['Case: Park Ji-hoon, 8 y/o boy, seen in clinic.', 'Park Ji-hoon', 'NAME'],
  ['ผู้ป่วย นาง สมศรี ใจดี อายุ 67 ปี', 'สมศรี ใจดี', 'NAME'],
  ['행복요양원 (Haengbok Nursing Home), 경기도 성남시 분당구 정자일로 95\nResident', '성남시 분당구 정자일로 95', 'LOCATION'],
  ['lives alone at 神奈川県鎌倉市二階堂2丁目5-11. Parkinson disease', '神奈川県鎌倉市二階堂2丁目5-11', 'LOCATION'],
  ['ERCP mit Steinextraktion am 9. Jänner.', '9. Jänner', 'DATE'],
  ['2. 2022. 9. 3. — health check: HBsAg positive', '2022. 9. 3.', 'DATE'],
  ['N° SS 2 88 07 33 063 047 52, moving to Lyon', '2 88 07 33 063 047 52', 'SSN'],
  ['Rental car 4829 LKT to be returned by her husband.', '4829 LKT', 'VEHICLE'],
  ['Payment by Visa final 4417.', '4417', 'ACCOUNT'],
  // extensions with their exchange digit, the last four of an SSN, a tail number, names after a dash, dated procedures
  ['Janelle Brooks, RN, CCM · ext 6-2241', '6-2241', 'PHONE'],
  ['Applying for SSI; SSN (last 4) 6612 confirmed.', '6612', 'SSN'],
  ['Transport: air, rotor wing, tail N417AE, ETA 01:30.', 'N417AE', 'VEHICLE'],
  ['bed alarm on, mats down. —T. Nguyen, RN', 'T. Nguyen', 'NAME'],
  ['Bed 5 — Brandt, Harvey, 94M, comfort care since this afternoon', 'Brandt, Harvey', 'NAME'],
  ['MICU night sign-out 12/10 (read-back done)', '12/10', 'DATE'],
  ['BCx 4/4 bottles S. mitis. TEE 4/24: 1.4 cm vegetation', '4/24', 'DATE'],
  // a name given, a name in brackets after a nickname or before an age, particles after a title, a folder number
  ['Term male infant (later named Rowan), born at term', 'Rowan', 'NAME'],
  ['the family named her Blessing on the eighth day', 'Blessing', 'NAME'],
  ['4. bear (real name Barnaby Quayle) 2y, febrile convulsion', 'bear', 'NAME'],
  ['foster intake: faith (9) and mason (6) placed tonight', 'mason', 'NAME'],
  ['assessed by the psychologist, Ms van der Westhuizen, borderline.', 'van der Westhuizen', 'NAME'],
  ['Folder WPH 0441872. SW to apply for the grant.', 'WPH 0441872', 'MRN'],
  // handles beside their platform, pronouns after a name, a worker column, ages and days in narratives
  ['Donna showed staff his Snapchat, jr.508.bandz. She left', 'jr.508.bandz', 'ID'],
  ['gaming all night on Discord (m4rkshark), not answering', 'm4rkshark', 'ID'],
  ['her son can be reached on LINE (nattapong.k) or by phone', 'nattapong.k', 'ID'],
  ['↳ sunflower_sky · proud of you!!', 'sunflower_sky', 'ID'],
  ['Name given: Sky (they/them), 19. From the north.', 'Sky', 'NAME'],
  ['| Date | Worker | Where |\n|---|---|---|\n| 05/02/24 | Ash | the park |', 'Ash', 'NAME'],
  ['shadowed the ECT list today - the lady was 91 and came round faster', '91', 'AGE'],
  ['Brought in the morning of 8/13 by deputies', '8/13', 'DATE'],
  ['no missed doses since Melbourne Cup Day.', 'Melbourne Cup Day', 'DATE'],
  ['Seen with Mrs Hinge today.', 'Hinge', 'NAME'],
  ['An identifying mark, noted for the record: a port-wine stain about 3 cm across, shaped like a crescent moon, behind the left knee.', 'shaped like a crescent moon, behind the left knee', 'BIOMETRIC'],
  ['| Ref | Patient | Age |\n| 88123456 | J. Smith | 54 |', '88123456', 'ID'],
  ['Tyler "T-Rex" Robinson was brought in by friends.', 'Tyler "T-Rex" Robinson', 'NAME'],
  ['scar through L eyebrow from a bottle fight', 'scar through L eyebrow', 'BIOMETRIC'],
  ['a mole shaped like a heart on her cheek', 'a mole shaped like a heart', 'BIOMETRIC'],
  // a given name that is also a word, capitalised alone mid-sentence; a word in a scale's name ends at its line
  ["I've swapped with Rose for nights so Dawn can have the weekend.", 'Rose', 'NAME'],
  ["I've swapped with Rose for nights so Dawn can have the weekend.", 'Dawn', 'NAME'],
  ['just call the office. Say hi to Tom for me.', 'Tom', 'NAME'],
  ['Assessor: Tom Rich (physio), Balclutha hospital\nScore: CFS 6', 'Balclutha hospital', 'LOCATION'],
  // initials without their full stop, a surname's initial after a comma, capitals before an age, a word-name before a surname
  ['| 2024-08-29 | Jodi T | AABR x2 | PASS |', 'Jodi T', 'NAME'],
  ['Bex 08:24: Oliver P yr2 peanut, Amelia yr5 sesame', 'Oliver P', 'NAME'],
  ['R1 PATEL, A 55 - STEMI - cath lab 0940', 'PATEL, A', 'NAME'],
  ['PT GUNNARSSON, ERIK 97YO M FROM THE CARE HOME. BIBA AFTER FALL.', 'GUNNARSSON, ERIK', 'NAME'],
  ['2. Ivo Stankovic - Whipple\n3. River Dunmore (93) - hernia, LA only', 'River Dunmore', 'NAME'],
  // ordinary words capitalised together after at, to, from or in: a proper name, so a place or an organisation
  ['Girlfriend bringing clothes. Known to Turning Point for alcohol.', 'Turning Point', 'LOCATION'],
  // dates, ages and plates completed from what was found beside them
  ['- doses on day 3, 7, 14: 7/18, 7/22, 7/29', '7/18', 'DATE'],
  ["i'll do ur nights the 9th & 10th in return", '10th', 'DATE'],
  ['Plan: visit Thurs 9th am (Dee + student Fola)', 'Thurs 9th', 'DATE'],
  ['Both discharged home on the 2nd of March on Dalivit 0.6 ml', 'the 2nd of March', 'DATE'],
  ['driver left the family Camry (KJA 555 EH) in ambulance bay', 'KJA 555 EH', 'VEHICLE'],
  ['whanau meeting re koro wiremu, 93. chf, nyha iv.', '93', 'AGE'],
  ['Dr Shaw, my mum Ivy Rich (99 on the 21st!) has been more confused', '99', 'AGE'],
  // named days: a weekend's day, a race day, a day of carnival, and lower-case Labour Day (its first word was misread)
  ['Date of injury: 21/10/2023 (Labour Weekend Saturday)', 'Labour Weekend Saturday', 'DATE'],
  ['UDS negative; no missed doses since Cup Day. Partner still using.', 'Cup Day', 'DATE'],
  ['Febre e mialgia desde a terça de Carnaval - chikungunya IgM positivo', 'terça de Carnaval', 'DATE'],
  ['fell off the ladder on labour day, wrist splinted', 'labour day', 'DATE'],
  // addresses and practices in other formats, German named days, a fingerprint matched to a record, lower-case sign-offs
  ['Address: Blk 418 Toa Payoh Lor 1 #08-227, Singapore 310418', 'Blk 418 Toa Payoh Lor 1 #08-227', 'LOCATION'],
  ['MVZ Labor · Lindenstraße 7 · 10969 Berlin', '10969 Berlin', 'LOCATION'],
  ['ausgedruckt von: Löwen-Apotheke, Hauptstraße 41', 'Löwen-Apotheke', 'LOCATION'],
  ['copy of invoice faxed to his pharmacy Apotheke am Ring fax +49 221 5550 7789', 'Apotheke am Ring', 'LOCATION'],
  ['Singapore General Hospital | Outram Road | Singapore 169608', 'Singapore General Hospital', 'LOCATION'],
  ['Distorsionstrauma beim Fußball an Allerheiligen, seitdem Schmerzen', 'Allerheiligen', 'DATE'],
  ['Patient: Nikolaus Schmidt, 67', 'Nikolaus Schmidt', 'NAME'],
  ['Identity confirmed by AFIS fingerprint match to state record SID 0418827.', 'AFIS fingerprint match to state record SID 0418827', 'BIOMETRIC'],
  ['she has a 12/26 appt w/ dr hollis and can ask there. -deb', 'deb', 'NAME'],
  ['give NPH 18 U at bedtime as per Dr Kapoor, check FBS daily. -ramesh, pharmacy', 'ramesh', 'NAME'],
  // a surname that is also a state, nicknames in brackets, abbreviated given names found on their own, firms' suffixes
  ['Discussed today with grandson Marcus Washington (health care representative).', 'Marcus Washington', 'NAME'],
  ['Pt: Konstantinos (Con) Papadopoulos   URN 0448173', 'Konstantinos (Con) Papadopoulos', 'NAME'],
  ['into the death of Patrick Joseph ("PJ") Hennessy, aged 90', 'Patrick Joseph ("PJ") Hennessy', 'NAME'],
  ['his daughter Ma. Lourdes, a nurse in Toronto, joined by video', 'Ma. Lourdes', 'NAME'],
  ['Requested by: Parminder Dhillon (son), through counsel Michael Rosen, Rosen Adeyemi LLP', 'Rosen Adeyemi LLP', 'LOCATION'],
  // plates after 'his car as', quoted writers, masked digits, more apps, hospitals and schools named in other languages,
  // registration councils, a hospital's acronym on the line of a name
  ['The police report lists his car as 41 AFK 318 and the lorry as 34 TR 7062.', '41 AFK 318', 'VEHICLE'],
  ['The police report lists his car as 41 AFK 318 and the lorry as 34 TR 7062.', '34 TR 7062', 'VEHICLE'],
  ['Re: Brugada and fever\n\n> Rich wrote: would you implant an ICD', 'Rich', 'NAME'],
  ['Patient: Park Ji-hoon (581107-1******)   Reg. no. 20418873', '581107-1******', 'ID'],
  ['Happy to share our protocol - WeChat dr_lin_gz8', 'dr_lin_gz8', 'ID'],
  ['Oddział Chorób Zakaźnych, Wojewódzki Szpital Specjalistyczny im. J. Gromkowskiego, Wrocław', 'Wojewódzki Szpital Specjalistyczny im. J. Gromkowskiego', 'LOCATION'],
  ['BS. Nguyễn Thị Thu Hà, Bệnh viện Bệnh Nhiệt đới Trung ương', 'Bệnh viện Bệnh Nhiệt đới Trung ương', 'LOCATION'],
  ['axi-cel prophylaxis from day 0.\nBelén (Hospital 12 de Octubre)', 'Hospital 12 de Octubre'],
  ['la paziente lavora come maestra alla scuola primaria di Seriate', 'scuola primaria di Seriate', 'LOCATION'],
  ['dott. Marco Pellegrini\nIscr. Ordine dei Medici di Bergamo n. 6142', '6142', 'LICENSE'],
  ['Drogaria Pacheco – Farmacêutica Juliana Sá, CRF-RJ 18227   Data: 04/09/2024', '18227', 'LICENSE'],
  ['Send me her serology trend.\n— Lorena Rocha, INCMNSZ', 'INCMNSZ', 'LOCATION'],
  // labels in other languages and with "(s)", capitals after a title, initials before particles, a name opening a request
  ['Surname: Sutherland            Given name(s): Faith\nDOB (YYYY/MM/DD): 1951/06/27', 'Faith', 'NAME'],
  ['Eingangs-Nr.: E-2024-018832\nPatientin: Schäfer, Hildegard, geb. 03.11.1941', 'Schäfer, Hildegard', 'NAME'],
  ['Paciente: GARCÍA MARTÍNEZ, ANTONIA    F. nac.: 14/08/1965', 'GARCÍA MARTÍNEZ, ANTONIA', 'NAME'],
  ['*** End of Report ***\nDr. SUNITHA REDDY, MD (Pathology)\nConsultant Pathologist', 'SUNITHA REDDY', 'NAME'],
  ["J'ai revu en consultation Mme DIALLO-MARCHAND Aminata, née le 03/09/1968", 'DIALLO-MARCHAND', 'NAME'],
  ['Met vriendelijke groet,\nmr. J. van Leeuwen, notaris', 'J. van Leeuwen', 'NAME'],
  ['Mark - can you mark the two O NEG units I emergency-released?', 'Mark', 'NAME'],
  ['Bridie passed away peacefully at 4am in the hospice.', 'Bridie', 'NAME'],
  // streets in other languages' forms, local health authorities, Dutch practices, a veterans' post, ages in records and
  // in 'would have been', an affidavit's day, Japanese and Dutch named days
  ['lives in her own flat in via Foria 118, Napoli (codice fiscale', 'via Foria 118', 'LOCATION'],
  ['Fachärztin für Orthopädie\nÄußere Sulzbacher Str. 100\n90491 Nürnberg', 'Äußere Sulzbacher Str. 100', 'LOCATION'],
  ['Adult at risk: Gwendoline Pryce (Gwen), 90, 14 Heol y Nant, Whitchurch, Cardiff CF14 1JN', '14 Heol y Nant', 'LOCATION'],
  ['Adult at risk: Gwendoline Pryce (Gwen), 90, 14 Heol y Nant, Whitchurch, Cardiff CF14 1JN', '90', 'AGE'],
  ['Address: 3-14-9 Kitazawa, Setagaya-ku, Tokyo 155-0031', '3-14-9 Kitazawa', 'LOCATION'],
  ["la visita presso la commissione medica dell'ASL Città di Torino è fissata", 'ASL Città di Torino', 'LOCATION'],
  ['Requesting physician: Marloes Bakker, general practitioner, Huisartsenpraktijk Assendorp, Zwolle', 'Huisartsenpraktijk Assendorp', 'LOCATION'],
  ['the service officer at VFW Post 7401 was the one who got it moving', 'VFW Post 7401', 'LOCATION'],
  ['{"dateOfDeath":"2024-01-21","ageAtDeath":91,"placeOfDeath":"home"}', '91', 'AGE'],
  ["remarking that PJ would have been 91 on All Saints' Day", '91', 'AGE'],
  ['SUBSCRIBED AND SWORN to before me this 9th day of May 2023 in Mambusao, Capiz.', '9th day of May', 'DATE'],
  ['9/18 (Mon, Keirō no Hi) 10:30–11:15 BT 37.4', 'Keirō no Hi', 'DATE'],
  ['10-04 evening visit\nToday Suikerfeest, house full of family', 'Suikerfeest', 'DATE'],
  // names in lower case under a patient column, collar numbers after full names, short codes before numbers, generation
  // suffixes, extensions in French, coordinates, grid references, numbered roads
  ['| Bed | Pt | Age | CC |\n|---|---|---|---|\n| R1 | delacroix, m | 92 | fall |\n| 12 | hope, d | 61 | gout |', 'delacroix, m', 'NAME'],
  ['| Bed | Pt | Age | CC |\n|---|---|---|---|\n| R1 | delacroix, m | 92 | fall |\n| 12 | hope, d | 61 | gout |', 'hope, d', 'NAME'],
  ['Detaining officer: PC Rhys Morgan 3712  / PC Aisha Bello 4098', '3712', 'ID'],
  ['Statement taken by: DC Ruth Fenwick 871YE, Lavender Hill police station', '871YE', 'ID'],
  ['SAPS present (W/O Pillay, SAPS 7049812-3).', 'SAPS 7049812-3', 'ID'],
  ['Patient: Marcus Bell Jr.   MRN: VR-0088217', 'Marcus Bell Jr.', 'NAME'],
  ['urgence Hôpital de Chicoutimi, tél 418 541-1000 poste 2281', '418 541-1000 poste 2281', 'PHONE'],
  ['Location: E Hastings St, Vancouver (lat/long 49.28128, -123.09946)', '49.28128, -123.09946', 'LOCATION'],
  ['sent a grid reference from a mapping app (NY 211 106). The team reached her', 'NY 211 106', 'LOCATION'],
  ['two-wheeler RTA on NH-44 near Shamshabad toll plaza at 22:50', 'NH-44', 'LOCATION'],
  // a surname that is an organisation's word after a title, kinds of hospital, house numbers, a second initial, plates in
  // more countries, logins, other calendars and named days
  ['Heads up - OR 5 list swapped, Dr Park starting first with the oesophagectomy', 'Park', 'NAME'],
  ['Teaching Hospital Kandy - Medical ICU / Obstetric HDU', 'Teaching Hospital Kandy', 'LOCATION'],
  ['Address: No. 45/2, Temple Road, Maharagama', 'No. 45/2, Temple Road', 'LOCATION'],
  ['Dr Deepa Menon, Assoc. Prof, Medicine / Dr Arun K. S., PG', 'Arun K. S.', 'NAME'],
  ['Truck reg. Dubai K 48213 (traffic police report ref. DXB-TRF-2024-118276).', 'Dubai K 48213', 'VEHICLE'],
  ['His bike UFB 218K was taken by police. Name given as Mugerwa.', 'UFB 218K', 'VEHICLE'],
  ['Namaste Dr,\nHeli 9N-AMJ lifting off from Lukla at 07:55', '9N-AMJ', 'VEHICLE'],
  ['Critical Care Unit\nExported 2024-07-04 06:00 by user jwambui\n\nBed | Patient', 'jwambui', 'ID'],
  ['Time | User | Role\n2024-10-05 23:14 | kalmazrouei | RN ICU', 'kalmazrouei', 'ID'],
  ['Tikur Anbessa Specialized Hospital\nTir 13, 2016 E.C. (22/01/2024)', 'Tir 13', 'DATE'],
  ['on the evening of Bhai Tika (2080 Kartik 29) with RUQ pain', 'Kartik 29', 'DATE'],
  ['presented to the ED on 15 June 2024 (9 Dhul Hijjah, the Day of Arafah) with fever', '9 Dhul Hijjah', 'DATE'],
  ['Holiday staffing plan for Eid al-Adha and the Saudi National Day long weekend.', 'Saudi National Day', 'DATE'],
  ['one registrar covering two sites on Eid-el-Fitr in April', 'Eid-el-Fitr', 'DATE'],
  // Quebec clinics, provincial health numbers and their version codes, date ranges, fills, branches on their street
  ['GMF Pointe-Saint-Charles - REQUÊTE DE LABORATOIRE / LAB REQUISITION', 'GMF Pointe-Saint-Charles', 'LOCATION'],
  ['Patient: Tyler Whitecalf     DOB 1997-06-30     HSN 812 447 305', '812 447 305', 'HEALTH_PLAN'],
  ['My OHIP number is 7713 802 446 RD if you need it.', '7713 802 446 RD'],
  ['No lifting over 20 lb. Please excuse his absence 9/11 through 9/13.', '9/11', 'DATE'],
  ['requesting early fill oxycodone 5 mg #60, last filled 12/08 (30 day supply)', '12/08', 'DATE'],
  ['- labs at the Quest on Herndon next wk\n- rtc 3 mo', 'Quest on Herndon', 'LOCATION'],
  ['then outpatient PT at the ATI on Main St (order sent to surgeon).', 'ATI on Main St', 'LOCATION'],
  // names at a sentence's start, known by what only a person does next
  ['Themes: money. Glenn shared his son relapsed over Easter weekend.', 'Glenn', 'NAME'],
  ['Her husband is outside. Patience rang to say he is on his way.', 'Patience', 'NAME'],
  ['Fingers crossed. Will will cover days on Waitangi Day.', 'Will', 'NAME'],
  // well-known hospitals by their short names, with the kind of place after them
  ['We had an almost identical kid at Alder Hey last month.', 'Alder Hey', 'LOCATION'],
  ["Anti-HMGCR? Neuro at Addenbrooke's want to biopsy.", "Addenbrooke's", 'LOCATION'],
  ['Psychiatrist, NIMHANS, Bengaluru. 23M, first episode psychosis', 'NIMHANS', 'LOCATION'],
  ['Department: Estates, Groote Schuur Hospital\nHepatitis B surface antibody 142 mIU/mL', 'Groote Schuur Hospital', 'LOCATION'],
  // names the second reading found lost: after a person's preposition in German text, before "no answer", as a chat's
  // sender after its time, a given name that is also a title, a named day that is also a name; a date after "since"
  ['Der Patient wurde bei uns aufgenommen und ist stabil. Rücksprache mit Nkemelu erfolgte, Befund an Oyelaran.', 'Nkemelu', 'NAME'],
  ['Tried calling Oyelaran no answer x2.', 'Oyelaran', 'NAME'],
  ['[10:42]  Oyelaran: can you call me back', 'Oyelaran', 'NAME'],
  ['Discussed discharge plan with Selvi and her son.', 'Selvi', 'NAME'],
  ['Genna came in today with her daughter.', 'Genna', 'NAME'],
  ['Back pain since 3/10, worse today.', '3/10', 'DATE'],
  // phones with a five-digit extension or nine digits after a cue, rows pasted as CSV, dates under a date column
  ['Questions: Kelsey Marchetti, RN\n1-800-555-0147 ext. 53318', '1-800-555-0147 ext. 53318', 'PHONE'],
  ['Solicitors, Galway\nT: 091 562 118   E: litigation@obcsolicitors.example', '091 562 118', 'PHONE'],
  ['The booking team will phone him on 021 448 903 - please let us know', '021 448 903', 'PHONE'],
  ['mrn,ward,dob,age,fall_date,time\n0948812,4B,03/07/1931,92,04/01/2024,02:15', '0948812', 'MRN'],
  ['mrn,ward,dob,age,fall_date,time\n0948812,4B,03/07/1931,92,04/01/2024,02:15', '92', 'AGE'],
  ['Home med | Sig | Last dose | Plan\nlisinopril 20 mg | daily | 1/6 AM | HOLD', '1/6 AM', 'DATE'],
  // ordinal days after "to" and Tagalog "sa", a weekday of another language in lower case, Carnival Tuesday
  ['Jehangir Hospital mein appointment tha but unhone shift kar diya to 13th. Please advise.', '13th', 'DATE'],
  ['wala pa kaming pambili hanggang sahod sa 15th. Pwede po ba', '15th', 'DATE'],
  ['y el jueves 17 se salió del salón y lo encontraron', '17', 'DATE'],
  ['Uncle gone walkabout again, after Carnival Tuesday he was real confuse', 'Carnival Tuesday', 'DATE'],
  // a letter's close a blank line above the name, a reporter's label, a pharmacist's title, a Hong Kong card's check digit
  ["please contact the writer.\n\nYours faithfully,\n\nMairéad O'Callaghan\nSolicitor", "Mairéad O'Callaghan", 'NAME'],
  ['Relatives contacted.\n\nReporter: Alinta Cooper, CN ED', 'Alinta Cooper', 'NAME'],
  ['the statement of the Chief Pharmacist, Pharm. Adebisi Oyelaran-Lawal, and the CCTV', 'Adebisi Oyelaran-Lawal', 'NAME'],
  ['A 67-year-old woman (HKID K482117(3), HN HN19033827X) underwent surgery', 'K482117(3)', 'ID'],
  // a greeting that is a surname after a given name, a month's name that is a relative's given name, a day before "appt"
  ['purple discolouration L heel, reported to nurse in charge Will Asante. DTI documented', 'Will Asante', 'NAME'],
  ['RN to call GP if still not drinking. Daughter Jan visiting 3pm.', 'Jan', 'NAME'],
  ['Diet hx (with husband Jun interpreting Mandarin): 3 bowls white rice/day', 'Jun', 'NAME'],
  ['Transport: MA transportation enrolled; first ride for 4/23 appt.', '4/23', 'DATE'],
  // a title that is also a word, mid-sentence; a hospital's acronym before one of its departments
  ['Arrived 01:19. PD on scene (Officer Hunter, badge 4419).', 'Hunter', 'NAME'],
  ['SouthDoc OOH -> CUH ED referral (text): Pls see', 'CUH', 'LOCATION'],
  ['Airway watched closely.\nTo RIE resus, pre-alert 03:35.', 'RIE', 'LOCATION'],
  // an age before a dash in a list, "the 12th pls", the article of a French day, an Australian business number
  ['Resident list:\nRm 3 - Dorothy Summers, 97 - IDDSI 4, IDDSI 2 fluids', '97', 'AGE'],
  ['can whoever ran the group at Fairfield Primary on the 12th pls send me the sheet', 'the 12th', 'DATE'],
  ['baby Léo born le 2 février at 34+5 weeks, 10 days in NICU', 'le 2 février', 'DATE'],
  ['02 9810 4472 | www.example.com.au | ABN 61 624 118 093', '61 624 118 093', 'ID'],
  // Puerto Rican and Indonesian address parts, a Vietnamese school, a Brazilian emergency unit, a login in a record's field
  ['Dirección: Calle 42 Bloque 178 #12, Urb. Villa Carolina, Carolina, PR 00985', 'Calle 42 Bloque 178 #12, Urb. Villa Carolina', 'LOCATION'],
  ['Kami sudah pindah ke Jl. Melati Gg. III No. 12, dekat masjid.', 'Jl. Melati Gg. III No. 12', 'LOCATION'],
  ['His daycare (Trường Mầm non Hoa Mai) had three other cases that week.', 'Trường Mầm non Hoa Mai', 'LOCATION'],
  ['She took him by Uber to the UPA San Martin and then by SAMU', 'UPA San Martin', 'LOCATION'],
  ['{"ts":"2024-02-19T13:04:51-03:00","user":"dra.camila.rezende","role":"pediatra"}', 'dra.camila.rezende', 'ID'],
  // fields of an e-prescription's XML, an HL7 address at a line's end and a facility with an underscore, quoted CSV names
  ['<Name><LastName>Castillo</LastName><FirstName>Joy</FirstName></Name>', 'Joy', 'NAME'],
  ['<Address><City>Blue Ash</City><PostalCode>45242</PostalCode></Address>', '45242', 'LOCATION'],
  ['PID|1||4471029^^^MWIM||YOUNG^MARK^^^^||19670421|M|||4 TANNER CT^^MAPLEWOOD^MN^55109\nORC|RE|A90221', '4 TANNER CT', 'LOCATION'],
  ['MSH|^~\\&|LABCORE|RIVERBEND_LAB|EHR|MAPLEWOOD_IM|20240909061532||ORU^R01|L8841201|P|2.3', 'RIVERBEND_LAB', 'LOCATION'],
  ['appt_time,patient,dob,mrn\n08:00,"Oduya, Faith",03/22/1988,600291847', 'Oduya, Faith', 'NAME'],
  // a date in a file's name
  ['DOC_DOWNLOAD user=gracebaptiste82  doc=AfterVisitSummary_20240806.pdf', '20240806', 'DATE'],
  // what the second reading of the later work found lost: one-line records in a table's shape, short lower-case names,
  // names before a person's verb, an XML value with the tag's letter, a plate whose letters are a measure's, an age "this spring"
  ['Patient\tTamsin Oduya\tWard\t4B', 'Tamsin Oduya', 'NAME'],
  ['| Patient | Ward | Bed |\n|---|---|---|\n| joe bloggs | 4 | 12 |', 'joe bloggs', 'NAME'],
  ['Ward round done. Oyelaran rang back at 3pm.', 'Oyelaran', 'NAME'],
  ['On the ward all week. Joy died peacefully at 04:10.', 'Joy', 'NAME'],
  ['<Name><MiddleName>Q</MiddleName></Name>', 'Q', 'NAME'],
  ['Dr Whittington reviewed the wound.', 'Whittington', 'NAME'],
  ['white van MAP 1234 seen leaving the car park', 'MAP 1234', 'VEHICLE'],
  ['Arthur was 92 this spring.', '92', 'AGE'],
  ['ABN 61 624 118 093 | ACN 004 085 616', '004 085 616', 'ID'],
  // streets of generic words after a cue of where someone is; hospitals named after an area or a person; NHS areas
  ['Lives on Main Street.', 'Main Street', 'LOCATION'],
  ['the house on Main St burned', 'Main St', 'LOCATION'],
  ['WCPU intake note - Southern Philippines Medical Center, Davao City', 'Southern Philippines Medical Center', 'LOCATION'],
  ['Niloufer Hospital for Women and Children, Red Hills', 'Niloufer Hospital for Women and Children', 'LOCATION'],
  ['Leeds Teaching Hospitals NHS Trust', 'Leeds Teaching Hospitals NHS Trust', 'LOCATION'],
  ['From: Siobhan (LEEDS TEACHING HOSPITALS NHS TRUST)', 'LEEDS TEACHING HOSPITALS NHS TRUST', 'LOCATION'],
  ['To: NHS Lothian Patient Experience', 'NHS Lothian', 'LOCATION'],
  ['Transferred to NHS Greater Glasgow and Clyde.', 'NHS Greater Glasgow and Clyde', 'LOCATION'],
  ['caso de ayer en el Hospital Infantil Dr. Robert Reid Cabral: RN de 3 semanas', 'Hospital Infantil Dr. Robert Reid Cabral', 'LOCATION'],
  ["amené à l'Hôpital Général de Référence de Kamituga le 14 août", 'Hôpital Général de Référence de Kamituga', 'LOCATION'],
  // a zero-padded day or month is a date after 'was' or any word; a lower-case 'dec' and its day
  ['the date is 31/05 but the visit was 30/05. can you', '30/05', 'DATE'],
  ['bed 22 Lim - onset 03/06', '03/06', 'DATE'],
  ["my christmas eve night with jomar's dec 27 AM?", 'dec 27', 'DATE'],
  ["spoke to pt's wife june (she's his carer) - ron fell again", 'june', 'NAME'],
  ['Seen by Anne-Marie Post-Smith today', 'Anne-Marie Post-Smith', 'NAME'],
  ['From: Mark Service', 'Mark Service', 'NAME'],
  ['Nightingale Nurse Agency', 'Nightingale Nurse Agency', 'LOCATION'],
  // ages after a form's dotted leader, after a nickname in brackets, at a line's end, and in the future
  ['Client name ........ Konstantina Papadakis\nAge ................ 91\nMAC ID', '91', 'AGE'],
  ['Albert Huang ("Bert"), 93, resident of Cedar Grove Manor', '93', 'AGE'],
  ['Patient: Mrs Victoria Osei-Bonsu, 97\nNHS number 612 884 0937', '97', 'AGE'],
  ["bring trifle for her birthday on the 14th? she'll be 101!! x", '101', 'AGE'],
  // laboratories, places joined by a short word, Quebec clinics
  ['PERFORMED AT: Northwest Suburban Reference Laboratory, 2150 W Algonquin Rd', 'Northwest Suburban Reference Laboratory', 'LOCATION'],
  ['Bristol Genetics Laboratory - Familial Hypercholesterolaemia panel', 'Bristol Genetics Laboratory', 'LOCATION'],
  ['GP Craig-y-Don Medical Practice', 'Craig-y-Don Medical Practice', 'LOCATION'],
  ['Clinique médicale Saint-Jérôme, tél. 450-436-2210', 'Clinique médicale Saint-Jérôme', 'LOCATION'],
  // lower-case patients in a list of rooms, a lower-case title before a name with diacritics, a role's acronym beside a name
  ['rm1  florence baxter (99) | wt loss 3 kg\nrm3  ron gill | BP 168/92 on amlodipine 10 mg\nrm6  faith adeyemi | L heel ulcer', 'ron gill', 'NAME'],
  ['rm1  florence baxter (99) | wt loss 3 kg\nrm3  ron gill | BP 168/92 on amlodipine 10 mg\nrm6  faith adeyemi | L heel ulcer', 'faith adeyemi', 'NAME'],
  ['- mr szymański rm 4 - refused am meds x2', 'szymański', 'NAME'],
  ['01:12 K 6.9 non-haem - wd 12, told RN aroha, read back ok', 'aroha', 'NAME'],
  ['Next visit Mon. Keysafe in use. ceri DN', 'ceri', 'NAME'],
  // ordinals before 'the', 'of each month', a relative; days after a lab's acronym, before the event, in a range
  ['Since he came home from Canberra Hospital on the 19th the blister pack has', 'the 19th', 'DATE'],
  ['deposited on the 3rd of each month and by the 10th the balance has been under', 'the 3rd', 'DATE'],
  ['will see Yesenia and Luis on the 17th - mum speaks Quechua', 'the 17th', 'DATE'],
  ['(last dose per MAR 2/14) and', '2/14', 'DATE'],
  ['UDS 1/22 +bup +norbup', '1/22', 'DATE'],
  ['1. Work status report from the 10/3 visit (the PR-2)', '10/3', 'DATE'],
  ['AGP 6/25-7/8: TIR 58%', '6/25', 'DATE'],
  // a store and its number, a street whose name holds a head noun, an address in capitals
  ['single pharmacy (walgreens #07712). prescriber', 'walgreens #07712', 'LOCATION'],
  ['Pharmacy: CVS/pharmacy #04471\nDate', 'CVS/pharmacy #04471', 'LOCATION'],
  ['from the parking lot of Shoppers Drug Mart #1257 in tears.', 'Shoppers Drug Mart #1257', 'LOCATION'],
  ['Rear-ended at a light on Belt Line Rd in Irving on May 2', 'Belt Line Rd', 'LOCATION'],
  ['32  SERVICE FACILITY: LAKEVIEW ORTHO, 3000 N HALSTED ST STE 510, CHICAGO', '3000 N HALSTED ST STE 510', 'LOCATION'],
  // labels of who prescribed, scored or authorised; an initial and a surname that is a word; a given name before a surname and a role
  ['Scored by: D. Park, RPSGT', 'D. Park', 'NAME'],
  ['Prescriber NPI: 1093817724   Prescriber: ABIODUN, TOLULOPE\nPharmacy', 'ABIODUN, TOLULOPE', 'NAME'],
  ["2   PATIENT'S NAME: HUNTER, SHARON L\n3   PATIENT'S BIRTH DATE: 11 04 1969", 'HUNTER, SHARON L', 'NAME'],
  ['Authorised: T. van Wyk, medical scientist', 'T. van Wyk', 'NAME'],
  ['Appointed decision maker: Wendy Baker (daughter); alternate: Mark Baker (son)', 'Mark Baker', 'NAME'],
  ['pt Truong, Kim-Thoa dob 2/14/1955', 'Truong, Kim-Thoa', 'NAME'],
  // a camp's address, part by part
  ['lives in Camp 15, Block C, shelter C-41 near the madrasa', 'Block C', 'LOCATION'],
  ['lives in Camp 15, Block C, shelter C-41 near the madrasa', 'shelter C-41', 'LOCATION'],
  ['moved from Village 8 to Zone 3 last month', 'Zone 3', 'LOCATION'],
  // organisations with an acronym inside or a region's words; military units and bases
  ['was referred to our clinic at Cincinnati VA Medical Center with', 'Cincinnati VA Medical Center', 'LOCATION'],
  ['referred to North Colorado Medical Center.', 'North Colorado Medical Center', 'LOCATION'],
  ['served with 1st Battalion 5th Marines in Helmand', '1st Battalion 5th Marines', 'LOCATION'],
  ['posted to 3 RAR then 2 Cav Regt', '3 RAR', 'LOCATION'],
  ['14 Sikh LI and 153 General Hospital', '14 Sikh LI', 'LOCATION'],
  ['CFB Petawawa and RAF Brize Norton', 'RAF Brize Norton', 'LOCATION'],
  // days after a menstrual period, a return to clinic; a day and a padded month after a cue; a parcel's tracking number
  ['no allergies, not pregnant (LMP 18/09), not bf.', '18/09', 'DATE'],
  ['LMP 3/10. Urine hCG negative today', '3/10', 'DATE'],
  ['He attended a party on 19-08 and a sauna on 21-08.', '19-08', 'DATE'],
  ['| TDF/FTC 245/200 mg x90       | JX 5517 3380 4GB | delivered', 'JX 5517 3380 4GB', 'ID'],
  ["Za'atari camp - NCD clinic, follow-up", "Za'atari", 'LOCATION'],
  // a double-barrelled surname of eponyms after a given name, an Arabic article, a doctor's degree not a state, a physio's label
  ['Patient: Jade Nakamura-Ellis   DOB 10/14/1986', 'Jade Nakamura-Ellis', 'NAME'],
  ['Name: Khaled Mahmoud al-Hariri ("Abu Fadi"), 58 y, M', 'Khaled Mahmoud al-Hariri', 'NAME'],
  ['Examining physician: Ma. Lourdes Tan-Villanueva, MD   PRC lic. 0098123', 'Ma. Lourdes Tan-Villanueva', 'NAME'],
  ['Team doctor: Dr Tony Pauga  +64 21 498 3307   Physio: Mere Tapsell\nInsurance', 'Mere Tapsell', 'NAME'],
  ['seen by me (jh)\nkyle ashworth 19y, d.o.b 28/09/2004', 'kyle ashworth', 'NAME'],
  ['Bethesda, MD and Easton, PA', 'Bethesda', 'LOCATION'],
  ["Can't do the game Sat – Rob Young has agreed to cover as match doc.", 'Rob Young', 'NAME'],
  ['Dra. Itzel Morales / enfermero Mark Hunter (voluntario)', 'Mark Hunter', 'NAME'],
  // Eircodes after the word, Welsh health boards, key workers, Our Lady, streets that open their line, an address inside a sentence
  ['Our Eircode is K78 P2X5 if you are posting anything.', 'K78 P2X5', 'LOCATION'],
  ['The Eircode (F92 X7K3) brings you to the farm gate.', 'F92 X7K3', 'LOCATION'],
  ['Car park, Hamstead Road; w3w ///tulip.lanes.beyond', 'tulip.lanes.beyond', 'LOCATION'],
  // a flat or unit before the house's number, in lower case too (with its number), or as Australians write it
  ['11:00 Daniel - flat 3, 59 Brougham Pl, Nth Adelaide.', 'flat 3, 59 Brougham Pl', 'LOCATION'],
  ['| NGUYEN Thi Lan | U4/17 Lawson St, Southport |', 'U4/17 Lawson St', 'LOCATION'],
  ['Meet the crew at what3words: filled.count.soap by the gate.', 'filled.count.soap', 'LOCATION'],
  ['Your Eircode on file is P31 KX55 - if this has changed, ring us.', 'P31 KX55', 'LOCATION'],
  ['University Hospital Llandough / Cardiff and Vale UHB\nMeeting', 'Cardiff and Vale UHB', 'LOCATION'],
  ['accompanied by her son Graham and her key worker Bola.', 'Bola', 'NAME'],
  ['Our Lady of Lourdes Hospital, Drogheda, Co. Louth, A92 VW28', 'Our Lady of Lourdes Hospital', 'LOCATION'],
  ['Department of Child Health\nUpper Maudlin Street, Bristol, BS2 8BJ', 'Upper Maudlin Street', 'LOCATION'],
  ['Eye Department, Gloucestershire Royal Hospital\nGreat Western Road, Gloucester, GL1 3NN', 'Great Western Road', 'LOCATION'],
  // South Asian mobiles and addresses, several initials before a surname
  ['Contact: Karthik (son) 98402 17736 / Divya 95000 44812', '98402 17736', 'PHONE'],
  ['SMS reminder to 9808812254.', '9808812254', 'PHONE'],
  ['House 16, Road 2, Dhanmondi, Dhaka-1205.', 'House 16, Road 2', 'LOCATION'],
  ['Add: House No. 1123, Sector 21-B, Chandigarh 160022', 'Sector 21-B', 'LOCATION'],
  ['r/o Gali No. 4, Rangpuri Pahari, New Delhi.', 'Gali No. 4', 'LOCATION'],
  ['Next of kin: son W.M. Tilakaratne - 071 884 2096', 'W.M. Tilakaratne', 'NAME'],
  // East Asian records: a romanised name before its characters, Korean given names, Taiwanese dates and addresses,
  // Hong Kong numbers, phones and floors, Japanese phones
  ['Pt TAN AH KOW (陳亞九)  NRIC S2345671J', 'TAN AH KOW', 'NAME'],
  ['Pt TAN AH KOW (陳亞九)  NRIC S2345671J', '陳亞九', 'NAME'],
  ['Name: KANG Young-ja (강영자)   Sex/Age: F/71', 'KANG Young-ja', 'NAME'],
  ['石川 亮 (Ishikawa Ryo), MD', '石川 亮', 'NAME'],
  ['出生 DOB         : 075/08/19\n入院 Admitted    : 113/05/14', '113/05/14', 'DATE'],
  ['住址 Address     : 臺北市大安區和平東路二段96巷13號5樓', '臺北市大安區和平東路二段96巷13號5樓', 'LOCATION'],
  ['院區 Site        : 臺大醫院 內科部', '臺大醫院', 'LOCATION'],
  ['Tel: (852) 2255 4352   Fax: (852) 2872 6426', '(852) 2255 4352', 'PHONE'],
  ['TEL 0263-58-2231 / soudan@sakura-no-sato.jp', '0263-58-2231', 'PHONE'],
  ['HKID W917204(4), HN21038876(2)', 'HN21038876(2)', 'MRN'],
  ['Employer: Mr & Mrs Yeung, Flat C 21/F Robinson Heights, Robinson Road', 'Flat C 21/F Robinson Heights', 'LOCATION'],
  // Malay and Tamil names with son or daughter of, a bilingual name label, three generic words and a hospital
  ['  1. ROSLAN BIN HAMID (father)   NRIC S6612247C', 'ROSLAN BIN HAMID', 'NAME'],
  ['Nama / Name        : NURUL IZZATI BINTI MOHD FAUZI\nNo. KP', 'NURUL IZZATI BINTI MOHD FAUZI', 'NAME'],
  ['Nama: Subramaniam a/l Krishnan  RN HKL2304418', 'Subramaniam a/l Krishnan', 'NAME'],
  ['To: Child Development Unit, National University Hospital\n\nDear', 'National University Hospital', 'LOCATION'],
  ["ran the marathon on Patriots' Day; home for Orthodox Easter; Sukkot; Pohela Boishakh", "Patriots' Day", 'DATE'],
  ["ran the marathon on Patriots' Day; home for Orthodox Easter; Sukkot; Pohela Boishakh", 'Orthodox Easter', 'DATE'],
  ["ran the marathon on Patriots' Day; home for Orthodox Easter; Sukkot; Pohela Boishakh", 'Pohela Boishakh', 'DATE'],
  // a reply that opens with a name and a comma; a name before what a colleague does in a discussion
  ['Tom, great pick-up on the teratoma.', 'Tom', 'NAME'],
  ['Grace, great pick-up on the teratoma.', 'Grace', 'NAME'],
  ['Discussion\n- Hamish raised that HR- numbers were small', 'Hamish', 'NAME'],
  ['Paciente: José Carlos da Silva Filho     Idade: 54 anos', 'José Carlos da Silva Filho', 'NAME'],
  ['followed at King Faisal Specialist Hospital & Research Centre, Riyadh. MRN', 'King Faisal Specialist Hospital & Research Centre', 'LOCATION'],
  ['Admitted to Szpital Uniwersytecki w Krakowie 16.09.2024', 'Szpital Uniwersytecki w Krakowie', 'LOCATION'],
  ['Dra. Rocío Etcheverry revisó el caso', 'Rocío Etcheverry', 'NAME'],
  // a record's surname in capitals before the given name; an Australian Medicare number; organisations with an acronym,
  // initials or a chart after them
  ['YOUNG, Nellie   61F   HRN NHC-30418', 'YOUNG, Nellie', 'NAME'],
  ['| Gurruwiwi, Tamika | 0457721 | 03/11/2009 | 2951 60317 4/2 | 12/04/2024 |', '2951 60317 4/2', 'HEALTH_PLAN'],
  ['NU health card 112984306, Arviat Health Centre chart AV-22-1187.', 'Arviat Health Centre', 'LOCATION'],
  ['Pine Ridge IHS Hospital - Podiatry', 'Pine Ridge IHS Hospital', 'LOCATION'],
  ['follows up in the kidney clinic at W.W. Hastings Hospital in Tahlequah.', 'W.W. Hastings Hospital', 'LOCATION'],
  // a town whose name is an ordinary word, after to/in/from/out of, ending its phrase
  ['Patient travel can rebook Bethel to Anchorage same day', 'Anchorage', 'LOCATION'],
  ['RFDS out of Derby took 4.5 hours to get to our strip', 'Derby', 'LOCATION'],
  // Latin American identity numbers with thousands' dots, Colombian addresses, public clinics by acronym
  ['CC: 1.036.654.218      Edad: 34 años', '1.036.654.218', 'ID'],
  ['Dirección: Cra 43A # 18 Sur-135, El Poblado, Medellín', 'Cra 43A # 18 Sur-135', 'LOCATION'],
  ['Unidad que envía: UMF No. 28            Unidad receptora: HGZ No. 1-A Los Venados', 'HGZ No. 1-A Los Venados', 'LOCATION'],
  ['— Nacho (Ignacio Aravena), médico EDF, CESFAM Purén', 'CESFAM Purén', 'LOCATION'],
  // what the third reading of this session's work found lost: names that are words of another language outside a text in
  // that language, a name before its relation in a label, an organisation named for a surname that is a role, a surname
  // after mr that is a verb, a month that is a given name, a "dec" day, Hong Kong flats with their block, an INR's date
  ['Abril was seen in clinic today.', 'Abril', 'NAME'],
  ['seen with son julio today', 'julio', 'NAME'],
  ['NOK: Ngata Mother', 'Ngata', 'NAME'],
  ['Seen at Porter Hospital last year', 'Porter Hospital', 'LOCATION'],
  ['mr said, 54, attended clinic', 'said', 'NAME'],
  ['june rang this morning about mum, she is ok and will call later', 'june', 'NAME'],
  ['flu jab given dec 3 by practice nurse', 'dec 3', 'DATE'],
  ['Flat D, 18/F, Block 5, Lok Fu Estate, Kowloon', 'Flat D, 18/F, Block 5, Lok Fu Estate', 'LOCATION'],
  ['recheck INR 12/1. Reviewed', '12/1', 'DATE'],
  ['Transferred to University of Michigan Health for ECMO.', 'University of Michigan Health', 'LOCATION'],
  ['Bidi Bidi Zone 3 HC III - OPD', 'Zone 3', 'LOCATION'],
  // ages over 89 in Polish and Spanish, after 'she's actually', a patient's number, a title in brackets, before a bracket
  ['Pani Stanisława Wójcik, 94 lata, z Nowej Huty', '94', 'AGE'],
  ['Paciente: Francisco Javier Moreno Gil (91 a.)   NHC: 0048812', '91', 'AGE'],
  ['DNI: 4.987.221          Edad: 90\nObra social: PAMI', '90', 'AGE'],
  ["letter says 94 but she's actually 93 lol.", '93', 'AGE'],
  ['restraint use on pt with dementia, family not informed; pt 96 | 4/7/2024', '96', 'AGE'],
  ['Pt: YOUNG, Hyun-woo (Mr), 92   lives alone', '92', 'AGE'],
  ['Mrs Dorothy "Dot" Whitlock, 101 (celebrated with the whole wing', '101', 'AGE'],
  // a day over 12 before a month is no score, whatever its acronym; an ordinal after a date's cue is a day whatever follows
  ['Pathology: EBUS-TBNA 18/03, stations 10R and 7', '18/03', 'DATE'],
  ['patch test read D2 23/10 and D4 25/10', '23/10', 'DATE'],
  ['to the hospital on the 9th - sipho, the TB one', 'the 9th', 'DATE'],
  ['the trend since the 2nd is better', 'the 2nd', 'DATE'],
  // numbers and names said aloud and written down
  ['contacted on his mobile oh seven seven double oh nine double oh three one two new paragraph', 'oh seven seven double oh nine double oh three one two', 'PHONE'],
  ['C: six oh eight, five five five, oh one seven seven', 'six oh eight, five five five, oh one seven seven', 'PHONE'],
  ['his medicare is two nine five three seven one eight four six one and the chemist', 'two nine five three seven one eight four six one', 'HEALTH_PLAN'],
  ['the account number is seven seven zero four one nine three two, it is for', 'seven seven zero four one nine three two', 'ACCOUNT'],
  ['Her Medicare number is, hold on, five Q K two H A seven W T three eight', 'five Q K two H A seven W T three eight', 'HEALTH_PLAN'],
  ['my social security is four one two, five five, zero one nine three', 'four one two, five five, zero one nine three', 'SSN'],
  ['Patient: Alfie, surname spelt P-H-E-L-A-N, aged 3', 'P-H-E-L-A-N', 'NAME'],
  ['referring doctor lovell spelled L O V E L L period findings', 'L O V E L L', 'NAME'],
  ['Hi, my name is Dwayne Petrakis, P-E-T-R-A-K-I-S, calling about a bill', 'P-E-T-R-A-K-I-S', 'NAME'],
  // months as other European languages write them, and their days
  ['Felvétel: 2024. március 12. Fever since', 'március 12.', 'DATE'],
  ['donor visit on gegužės 12 d. at the centre', 'gegužės 12 d.', 'DATE'],
  ['admitted 18 июня with chest pain', '18 июня', 'DATE'],
  ['seen on 15 Αυγούστου at the health centre', '15 Αυγούστου', 'DATE'],
  ['discharged 13. května to home', '13. května', 'DATE'],
  ['first seen 5. aprīlī in clinic', '5. aprīlī', 'DATE'],
  ['colonoscopy 7 octombrie 2023 showed', '7 octombrie', 'DATE'],
  ['she is down for TURP on Thu 07.03. so needs enoxaparin', '07.03.', 'DATE'],
  ['dietitian visit Thursday 25.1. Daughter will attend', '25.1.', 'DATE'],
  // named days
  ['very chesty since stephens day, he was seen', 'stephens day', 'DATE'],
  ['On 1 August (Swiss National Day) he fell', 'Swiss National Day', 'DATE'],
  ['off work since Thanksgiving Monday with back pain', 'Thanksgiving Monday', 'DATE'],
  ['the family was away at juhannus so', 'juhannus', 'DATE'],
  // European streets with their flats and floors, and hospitals written in lower case after the town
  ['lives at Quellenstraße 88/2/14 with her son', 'Quellenstraße 88/2/14', 'LOCATION'],
  ['Address: Storgatan 57 B, Umeå', 'Storgatan 57 B', 'LOCATION'],
  ['flat at Oudegracht 211 bis since May', 'Oudegracht 211 bis', 'LOCATION'],
  ['Nørrebrogade 44, 3. tv is her flat', 'Nørrebrogade 44, 3. tv', 'LOCATION'],
  ['Lakcím: Szent István krt. 11. II/4', 'Szent István krt. 11. II/4', 'LOCATION'],
  ['Adrese: Brīvības iela 118-23, Rīga', 'Brīvības iela 118-23', 'LOCATION'],
  ['Adresas: Santariškių g. 2, Vilnius', 'Santariškių g. 2', 'LOCATION'],
  ['office on Váci út 29 near the metro', 'Váci út 29', 'LOCATION'],
  ['transferred to Paula Stradiņa Klīniskā universitātes slimnīca for ECMO', 'Paula Stradiņa Klīniskā universitātes slimnīca', 'LOCATION'],
  ['listed at Vilniaus universiteto ligoninė Santaros klinikos last year', 'Vilniaus universiteto ligoninė Santaros klinikos', 'LOCATION'],
  ['seen at Meilahden tornisairaala overnight', 'Meilahden tornisairaala', 'LOCATION'],
  ['from Kemijärven terveyskeskus by ambulance', 'Kemijärven terveyskeskus', 'LOCATION'],
  ['admitted to Thomayerova nemocnice in May', 'Thomayerova nemocnice', 'LOCATION'],
  // a nickname in brackets after the name is the person everywhere; a given name that is a country after a relative
  ['Mum has car, partner Jordan at home with sibling.', 'Jordan', 'NAME'],
  ['bay 2 bed 3 - kev o\'dowd, 54, day 2 post Hartmann', "kev o'dowd", 'NAME'],
  ['AHV-Nr. 756.4412.7720.18, CSS card', '756.4412.7720.18', 'SSN'],
  ['Paní Marie Dvořáková, 95 let, widow', '95', 'AGE'],
  ['95-vuotias nainen, asuu yksin', '95', 'AGE'],
  ['91 éves férfi, COPD', '91', 'AGE'],
  ['пациентка 93 лет, поступила', '93', 'AGE'],
  // an article before an organisation; a surname and a given name in a ward list; a barangay by its number; an age taken up again
  ['Transferred to The Royal Melbourne Hospital ICU overnight', 'The Royal Melbourne Hospital', 'LOCATION'],
  ['3-1 | Tumulak, Herminio 67/M | CAP-HR, COPD AE | for repeat ABG', 'Tumulak, Herminio', 'NAME'],
  ['by barangay tanod from Brgy. 649, Baseco, found unresponsive', 'Brgy. 649', 'LOCATION'],
  ['I will cover his on Eid al-Adha +3 onwards', 'Eid al-Adha +3', 'DATE'],
  // marks and stored biometrics
  ['on examination a healed 6 cm scar through the right eyebrow, no other marks', 'healed 6 cm scar through the right eyebrow', 'BIOMETRIC'],
  ['Caller ID matched enrolled voiceprint VP-7730-0418 on file', 'enrolled voiceprint VP-7730-0418', 'BIOMETRIC'],
  ['matched to immigration iris record IRS-2209-118804 at the airport', 'immigration iris record IRS-2209-118804', 'BIOMETRIC'],
  ['He showed the tattooed number A-15722 on the left forearm.', 'tattooed number A-15722 on the left forearm', 'BIOMETRIC'],
  ['Identifying features recorded for the PNP / DSWD: healed 6-cm keloid scar over the left eyebrow, missing upper left lateral incisor.', 'missing upper left lateral incisor', 'BIOMETRIC'],
  ['his daughter is a GP in Troy and visits weekly', 'Troy', 'LOCATION'],
  ['PV1|1|O|ENDO-CLINIC|||||10882^SIDDIQUI^ZEHRA\nOBR|1|ORD-2405-88213', 'SIDDIQUI^ZEHRA', 'NAME'],
  ['(0010,0010) PN [VERMEULEN^JORIS^^^]            # PatientName', 'VERMEULEN^JORIS^^^', 'NAME'],
  ['PID|1||44781209^^^SJH^MR||FINNEGAN^BRIDGET^A||19291201|F', 'FINNEGAN^BRIDGET^A', 'NAME'],
  ['Letter from Mrs Pfeiffer about her husband.', 'Pfeiffer', 'NAME'],
  ['Mr Nugent 4 days post-op, eating and drinking.', 'Nugent', 'NAME'],
  ['KATZ, Miriam 91 F - fall at home.', 'KATZ, Miriam', 'NAME'],
  ['Thomas Marshall III, 67M, CAP.', 'Thomas Marshall', 'NAME'],
  ['Paciente: EL IDRISSI, FATIMA ZAHRA\nNUHSA: AN0471928365', 'EL IDRISSI, FATIMA ZAHRA', 'NAME'],
  // licence numbers after a council's acronym or a state's 'lic'
  ['Dr Tharindu Wickramasinghe, Registrar Anaesthesia, SLMC Reg. 24318', '24318', 'LICENSE'],
  ['Clinician: Dr. Erin MacLeod, CPSBC 34120', '34120', 'LICENSE'],
  ['Pharmacist: Linh Tran, PharmD, TX lic. 48113', '48113', 'LICENSE'],
  ['Jamal Whitehead, PT, DPT, IL lic 070.0164821', '070.0164821', 'LICENSE'],
  ['Supervising pharmacist: Deirdre Cusack (PSI 12257)', '12257', 'LICENSE'],
  ['Patóloga: Dra. Milagros Salinas Benavides     CMP 38412     RNE 19876', '19876', 'LICENSE'],
  ['CLINIQUE SAINTE-RITA DE BONAPRISO\nRue Njo-Njo, Bonapriso', 'CLINIQUE SAINTE-RITA DE BONAPRISO', 'LOCATION'],
  ['Médico solicitante: Dr. Thiago Rocha\nSão Paulo, 06/05/2024', 'São Paulo', 'LOCATION'],
  // French and Portuguese streets, neighbourhoods and facilities
  ['suivie au CHU de Treichville depuis 2019', 'CHU de Treichville', 'LOCATION'],
  ['vu au dispensaire de Shada hier soir', 'dispensaire de Shada', 'LOCATION'],
  ['acheté à la pharmacie Saint-Bernard ce matin', 'pharmacie Saint-Bernard', 'LOCATION'],
  ["élève à l'école des Pâquis en 4P", 'école des Pâquis', 'LOCATION'],
  ['habite quartier Remblais, près du marché Mokolo', 'quartier Remblais', 'LOCATION'],
  ['Lar Nossa Senhora da Esperança, quarto 12', 'Lar Nossa Senhora da Esperança', 'LOCATION'],
  ['il habite 14 bis rue des Vinaigriers avec sa fille', '14 bis rue des Vinaigriers', 'LOCATION'],
  ['domicile: rue Fransman 88, 1020 Bruxelles', 'rue Fransman 88', 'LOCATION'],
  ['Adresse : 45, Boulevard Zerktouni, 3ème étage, appt 12, Casablanca', '45, Boulevard Zerktouni, 3ème étage, appt 12', 'LOCATION'],
  ['rassemblement Place du 1er Mai à 10h', 'Place du 1er Mai'],
  ['Consultório: Alameda Prof. Hernâni Monteiro, Porto', 'Alameda Prof. Hernâni Monteiro', 'LOCATION'],
  // French and Portuguese dates and ages in words, named days and ranges of days
  ['suite à une chute le lendemain de Noël au soir', 'lendemain de Noël', 'DATE'],
  ['frappée dans la nuit du 14 au 15 juillet, après', '14 au 15 juillet', 'DATE'],
  ['desde a noite de São João. À entrada', 'noite de São João', 'DATE'],
  ['Elle a quatre-vingt-douze ans maintenant.', 'quatre-vingt-douze', 'AGE'],
  ['A doente tem noventa e dois anos e vive só', 'noventa e dois', 'AGE'],
  ['né le douze mars mille neuf cent cinquante-huit', 'douze mars', 'DATE'],
  ['comparison CT from january ninth twenty twenty three period', 'january ninth', 'DATE'],
  ['vu en consultation le 1er novembre', '1er novembre', 'DATE'],
  ['porte un tatouage bleu « R.F. 12.1951 » à la face interne du poignet gauche. Pas de plaie.', 'tatouage bleu « R.F. 12.1951 » à la face interne du poignet gauche', 'BIOMETRIC'],
  ['présente une tache mongolique bleu ardoise de 6 x 4 cm en région sacrée, et', 'tache mongolique bleu ardoise de 6 x 4 cm en région sacrée', 'BIOMETRIC'],
  // the kind of a small place after its name, numbered facilities, Persian, Afghan and Armenian months, diaries, streets numbered after
  ['displaced family living in Khanke camp since 2014', 'Khanke camp', 'LOCATION'],
  ['Qoradaryo mahalla, Kattakurgan district, Samarkand', 'Kattakurgan district', 'LOCATION'],
  ['admitted to City Clinical Hospital No. 7 in Almaty', 'City Clinical Hospital No. 7', 'LOCATION'],
  ['seen at Gyumri Polyclinic No. 3 last week', 'Gyumri Polyclinic No. 3', 'LOCATION'],
  ['admitted 15 Mehr 1402, discharged 29 Mehr', '29 Mehr', 'DATE'],
  ['born 3 Mizan 1370; seen 31 Jawza', '31 Jawza', 'DATE'],
  ['Plan:\n20.11 - doses taken observed.\n21.11 - tingling both feet', '21.11', 'DATE'],
  ['Address: Komitas Ave. 41 apt 18, Yerevan 0051', 'Komitas Ave. 41 apt 18', 'LOCATION'],
  ['Address : #17 Coverley Terrace, Oistins', '#17 Coverley Terrace', 'LOCATION'],
  ['family gathering on White Sunday, then fever', 'White Sunday', 'DATE'],
  // the age someone lived to; a padded day and month with their full stops; transplant and genetics labels
  ['his mother Nora Healy lived to 94.', '94', 'AGE'],
  ["my nan Winifred passed on New Year's Day at 96 in Marie Curie Hospice", '96', 'AGE'],
  ['I saw Mrs Fairweather, now 92, with her niece', '92', 'AGE'],
  ['Allo-SCT 10.11.2023. Prednisolone 1 mg/kg started 04.03., partial response', '04.03.', 'DATE'],
  ['RECIPIENT: FORSYTHE, Marcus   Hosp no G2208847', 'FORSYTHE, Marcus', 'NAME'],
  // addresses and postcodes said aloud
  ["C: yeah it's twenty two nineteen Winnebago apartment three, it's my grandma", 'twenty two nineteen Winnebago apartment three', 'LOCATION'],
  ['Address given as "flat two forty one Brudenell Grove", postcode read out as L S six one H R', 'flat two forty one Brudenell Grove', 'LOCATION'],
  ['Address given as "flat two forty one Brudenell Grove", postcode read out as L S six one H R', 'L S six one H R', 'LOCATION'],
  ["we're at forty seven learmonth street buninyong if the doctor wants", 'forty seven learmonth street buninyong', 'LOCATION'],
  ['treated at Astrid Lindgrens barnsjukhus; sister attends Ekens förskola', 'Ekens förskola', 'LOCATION'],
  ['second opinion at UC Davis in March', 'UC Davis', 'LOCATION'],
  ['transferred to Hospices Civils de Lyon for ECMO', 'Hospices Civils de Lyon', 'LOCATION'],
  // a day and month right after what happened on it
  ['Admitted 3/6 with fall + delirium; UTI on dip', '3/6', 'DATE'],
  ['oxycodone rx written 7/1 by Dr. S. Kaplan', '7/1', 'DATE'],
  ['conservatorship hearing set 3/6.', '3/6', 'DATE'],
  ['Liver US 12/9 (Lumus Imaging): mild steatosis', '12/9', 'DATE'],
  ['Next RN visit 4/4. Call if worse.', '4/4', 'DATE'],
  ['OPD 12/9 pm - relapse nephrotic, urine 3+', '12/9', 'DATE'],
  // handles of a name and dots, and users in a log's columns
  ['From: lorna.f1962\nSent: 15/07/2024 21:47', 'lorna.f1962', 'ID'],
  ['2024-09-27T08:14:51Z  a.kowalczyk  clinician  VIEW results  10.44.12.87', 'a.kowalczyk', 'ID'],
  ['dr.osei: did SW get the screenshots?', 'dr.osei', 'ID'],
  ['2023-11-02T15:40:02Z  mfernandes 10.40.31.5  CHART_OPEN\n2023-11-02T15:41:02Z  mfernandes 10.40.31.5  CHART_CLOSE', 'mfernandes', 'ID'],
  // South-East Asian facilities, addresses, dates and numbers
  ['dirujuk ke RSUD Dr. Soetomo Surabaya kemarin', 'RSUD Dr. Soetomo Surabaya', 'LOCATION'],
  ['murid SMP Negeri 9 Ambon, kelas 8', 'SMP Negeri 9 Ambon', 'LOCATION'],
  ['TK Pertiwi Panakkukang, Makassar', 'TK Pertiwi Panakkukang', 'LOCATION'],
  ['chuyển BV Phổi Hà Nội hôm qua', 'BV Phổi Hà Nội', 'LOCATION'],
  ['ส่งต่อ รพ.หนองวัวซอ และ รพ.สต.บ้านโนนสูง', 'รพ.สต.บ้านโนนสูง', 'LOCATION'],
  ['lives 79 Moo 3, Ban Don Han', '79 Moo 3', 'LOCATION'],
  ['Kp. Cikadu RT 02/05, Desa Cibokor', 'Kp. Cikadu RT 02/05', 'LOCATION'],
  ['Alamat: Perum Griya Asri Blok C2/14, Bekasi', 'Perum Griya Asri Blok C2/14', 'LOCATION'],
  ['house on Street 310, Phnom Penh', 'Street 310', 'LOCATION'],
  ['วันที่ 2 ม.ค. และ 23 ม.ค.', '23 ม.ค.', 'DATE'],
  ['về quê từ mùng 3 Tết, tái khám 16 tháng 02', 'mùng 3 Tết', 'DATE'],
  ['về quê từ mùng 3 Tết, tái khám 16 tháng 02', '16 tháng 02', 'DATE'],
  ['ordained on the full moon of Waso; died on the 11th waxing of Wagaung', '11th waxing of Wagaung', 'DATE'],
  ['NRC 13/LaKhaNa(N)071845, Tachileik', '13/LaKhaNa(N)071845', 'ID'],
  ['แพทย์ผู้ตรวจ ว.38817', 'ว.38817', 'LICENSE'],
  // ages after a birth date they agree with, numbered streets and interior numbers, numbers after 'ends in', the last four of an SSN
  ['Pettibone, Arthur | 05/02/1932 (92) | WFD-004519', '92', 'AGE'],
  ['Prairie Vision Optometry\n202-8882 170 St NW, Edmonton, AB T5T 4M2', '202-8882 170 St NW', 'LOCATION'],
  ['Address: 1126 Int. 3 Rizal Ave., Sta. Cruz, Manila', '1126 Int. 3 Rizal Ave', 'LOCATION'],
  ['SHREE GANESH MEDICALS\n4 Rajdeep Complex, 80 Feet Road', '4 Rajdeep Complex', 'LOCATION'],
  ['Whitney Cole, AuD, CCC-A   OK lic. AUD 1182', 'AUD 1182', 'LICENSE'],
  ['Insurer: Sun Life Financial   Contract 25510   Member ID 7730418806', '25510', 'HEALTH_PLAN'],
  ['bring your Personal Health Card (PHN on file ends in 2290) and', '2290', 'HEALTH_PLAN'],
  ['the last four of her Social Security number are 4325, and her date', '4325', 'SSN'],
  ['donor file: right index fingerprint template FP-4417-R2 on record', 'right index fingerprint template FP-4417-R2', 'BIOMETRIC'],
  ['face-recognition profile FR-0098812 created at check-in', 'face-recognition profile FR-0098812', 'BIOMETRIC'],
  ['enrolled print ID BX-3391 matched', 'enrolled print ID BX-3391', 'BIOMETRIC'],
  ['fingerprint card FP-VTE-23-0457 sent to police', 'fingerprint card FP-VTE-23-0457', 'BIOMETRIC'],
  ['call 0409-6625-02 today', '0409-6625-02', 'PHONE'],
  ['Địa chỉ: Số 6 ngõ 58 Đội Cấn, Ba Đình', 'Số 6 ngõ 58 Đội Cấn', 'LOCATION'],
  ['hẻm 242 Nguyễn Thiện Thuật, Q.3, TP.HCM', 'Q.3', 'LOCATION'],
  ['ấp Phú Thạnh, xã Phú Thuận, huyện Bình Đại, Bến Tre', 'huyện Bình Đại', 'LOCATION'],
  // from a reading of this session's work: what must still be found
  ['username,backup_user\ntom_bristol,kate_moss\nhopeD_on_the_up,jreed_marsh', 'tom_bristol', 'ID'],
  ['Shared accounts: tomcat_bristol, jreed_marsh, lorna_fitz', 'lorna_fitz', 'ID'],
  ['Mizrahi called back at 3pm.', 'Mizrahi', 'NAME'],
  ['Spoke to Dele on the phone.', 'Dele', 'NAME'],
  ['Dele Okafor, 34, attended.', 'Dele Okafor', 'NAME'],
  ['Paní Marie, 95 let, vdova', '95', 'AGE'],
  // Burmese names, companies with their suffix, "No." before a house number, Thai lanes
  ['patient Myo Min Thu, 34, and wife Thin Thin Aye', 'Myo Min Thu', 'NAME'],
  ['patient Myo Min Thu, 34, and wife Thin Thin Aye', 'Thin Thin Aye', 'NAME'],
  ['employer: Lanna Cold Chain Co., Ltd.', 'Lanna Cold Chain Co., Ltd.', 'LOCATION'],
  ['Address: No. 118 Thitsar Road, Yankin', 'No. 118 Thitsar Road', 'LOCATION'],
  ['lives 39/221 Soi Charoen Nakhon 14, Bangkok', '39/221 Soi Charoen Nakhon 14', 'LOCATION'],
  ["blessé au match au stade de Reims samedi", 'Reims', 'LOCATION'],
  // a day as "the 14th" before a small word, a print or voice record by its number, an HL7 address's postcode, handles
  ['cant make thurs, can we do the 14th instead?', 'the 14th', 'DATE'],
  ['Identity check: voiceprint match VPR-7741203 on file.', 'voiceprint match VPR-7741203', 'BIOMETRIC'],
  ['Prints: AFIS transaction IL-AFIS-0092231, no hit yet.', 'AFIS transaction IL-AFIS-0092231', 'BIOMETRIC'],
  ['Sent off: Livescan fingerprint record LS-24-7719302.', 'Livescan fingerprint record LS-24-7719302', 'BIOMETRIC'],
  ['AFIS transaction IL-AFIS-0092231 pending review.', 'AFIS transaction IL-AFIS-0092231', 'BIOMETRIC'],
  ['PID|1||K00441^^^KH^MR||RIEDE^ANNA||19290412|F|||SEESTR. 41^^BERLIN^^13353^D||030 5550 8821', '13353', 'LOCATION'],
  ['NK1|1|RIEDE^PAUL|SON|Chemin des Vignes 12^^Monthey^VS^1870^CH|+41 24 555 61 09', '1870', 'LOCATION'],
  ['From: sunny_days_1962 (Sunny Okimoto)\nSent: Tuesday', 'sunny_days_1962', 'ID'],
  ['reply from wobbly_walker_77: thanks all, feeling better', 'wobbly_walker_77', 'ID'],
  ['thanks @kerry-ann.b, will ask the GP', '@kerry-ann.b', 'ID'],
  // a block, entrance, floor and flat after an Eastern European street, a Bulgarian housing estate or quarter
  ['Adresa: Str. Observatorului nr. 21, bl. C4, ap. 12, Cluj-Napoca', 'Str. Observatorului nr. 21, bl. C4, ap. 12', 'LOCATION'],
  ['address zh.k. Mladost 1, bl. 31, vh. B, et. 6, ap. 47, Sofia', 'zh.k. Mladost 1, bl. 31, vh. B, et. 6, ap. 47', 'LOCATION'],
  ['born 12.06.1981, address kv. Vladislavovo, bl. 211, ap. 34, Varna.', 'kv. Vladislavovo, bl. 211, ap. 34', 'LOCATION'],
  // a day counted from a holiday without "the"; ages by their label or their unit in other languages
  ['CC: vomiting x2 days, started day after Thanksgiving', 'day after Thanksgiving', 'DATE'],
  ['DOB: 1931-06-17   Age at op: 92\nProcedure: cemented hemiarthroplasty', '92', 'AGE'],
  ['dob: 1932-12-08\nage_at_intake: 90\nstreet: Alameda', '90', 'AGE'],
  ['Дата рожд. 05.06.1928   Возраст: 96', '96', 'AGE'],
  ['4. Вік: 94 роки', '94', 'AGE'],
  ['2. Bà Trần Thị Mười, 94 tuổi, sốt 3 ngày', '94', 'AGE'],
  ['visita à utente Adelaide Moreira da Silva (93 a), Rua do Campo', '93', 'AGE'],
  ['Maria Assunta Esposito, nata il 23/02/1929 (95 aa), CF in cartella', '95', 'AGE'],
  // a handle after the cue of who did something in a log, a form or a forum, or in an XML element that names an account
  ['2023-04-04 09:12:45,002 INFO  ack by fomondi from 192.0.2.18', 'fomondi', 'ID'],
  ['meter=ACC-GU-4418207 op=nurse.oyelowo', 'nurse.oyelowo', 'ID'],
  ['device_ip: 2001:db8:4a1:7::19\nentered_by: kbalasubram', 'kbalasubram', 'ID'],
  ['Posted in the carers\' support forum by WorriedMumOf3_Leeds: "My daughter"', 'WorriedMumOf3_Leeds', 'ID'],
  ['  <operator>nmwangi</operator>', 'nmwangi', 'ID'],
  // plates after the word for one in Italian and French
  ['accanto a una Fiat Panda targata FA 219 RN. Nessun documento', 'FA 219 RN', 'VEHICLE'],
  ['voiture immatriculée GH-417-KL garée devant', 'GH-417-KL', 'VEHICLE'],
  // an HL7 address in a message whose segments end in a carriage return, and the second address of a repeated field
  ['MSH|^~\\&|LAB\rPID|1||K1^^^H^MR||RIEDE^ANNA||19290412|F|||SEESTR. 41^^BERLIN^^13353^D~POSTFACH 12^^POTSDAM^^14467^D^M||030', '14467', 'LOCATION'],
  ['Zh.k. Mladost 1, bl. 31, vh. B, et. 6, ap. 47', 'Zh.k. Mladost 1, bl. 31, vh. B, et. 6, ap. 47', 'LOCATION'],
  ['адрес: ж.к. Люлин 5, бл. 512, вх. А, ет. 3, ап. 9', 'ж.к. Люлин 5, бл. 512, вх. А, ет. 3, ап. 9', 'LOCATION'],
  ['Ему 91 год, живёт один', '91', 'AGE'],
  ['Возраст - 96', '96', 'AGE'],
  // a scar or birthmark by its size or shape and its side, in any sentence; marks listed under their cue in other languages
  ['Fell off his bike at nine and still has a 5 cm curved scar across the back of the right hand.', 'a 5 cm curved scar across the back of the right hand', 'BIOMETRIC'],
  ['Scar 4 cm L cheek, star-shaped, per the daughter. Obs stable.', 'Scar 4 cm L cheek, star-shaped', 'BIOMETRIC'],
  ['Señas: cicatriz lineal de 4 cm en la mejilla izquierda.', 'cicatriz lineal de 4 cm en la mejilla izquierda', 'BIOMETRIC'],
  ['Hon har ärr efter brännskada, 3 cm, på vänster underarm.', 'ärr efter brännskada', 'BIOMETRIC'],
  ['| Pte Aroha Kingi | 30115522 | scar 4 cm R cheek |', 'scar 4 cm R cheek', 'BIOMETRIC'],
  ['| Pte Aroha Kingi | 30115522 | scar 4 cm R cheek |', 'Aroha Kingi', 'NAME'],
  ['Besondere Kennzeichen:\n- Tätowierung eines Ankers am linken Unterarm\n- Muttermal über dem rechten Schulterblatt', 'Muttermal über dem rechten Schulterblatt', 'BIOMETRIC'],
  ['Kenmerken: litteken op de rechter wang; tatoeage van een roos op de linkerpols.', 'litteken op de rechter wang', 'BIOMETRIC'],
  ['Segni particolari: cicatrice sul mento; neo sulla guancia sinistra.', 'neo sulla guancia sinistra', 'BIOMETRIC'],
  ['Marks of identification:\n1. A brown mole on the left side of the nose\n2. Missing tip of the right ring finger', 'A brown mole on the left side of the nose', 'BIOMETRIC'],
  ['Unique mark: burn scar on the back of the neck.', 'burn scar on the back of the neck', 'BIOMETRIC'],
  // a plate after a car's make or model, a vehicle's word in other languages, or its driver
  ['Her husband parked the grey Toyota Vios WXR 5521 in the drop-off bay.', 'WXR 5521', 'VEHICLE'],
  ['drove off in a white Škoda Fabia (B-RT 2231) before police arrived', 'B-RT 2231', 'VEHICLE'],
  ['aangereden door een bestelbus (VTR-28-K) op de kruising', 'VTR-28-K', 'VEHICLE'],
  ['Johan Lind, 41 år, förare av RKT 55D, frontalkrock', 'RKT 55D', 'VEHICLE'],
  ['VW Polo ZH 512 448 parked at the entrance', 'ZH 512 448', 'VEHICLE'],
  // a professional registration after the council's initials, including the dotted ones
  ['Dra. Lucía Benítez – Cardiología – M.P. 28841', '28841', 'LICENSE'],
  ['Dr Ngo Biyong, ONMC 5532', '5532', 'LICENSE'],
  ['Signed: Dr Tom Reid BDS, GDC 118245', '118245', 'LICENSE'],
  ['Dr. Ana Quispe Mamani, CMP 062281', '062281', 'LICENSE'],
  ['Dr. R. K. Sinha, BMC Reg. 52210', '52210', 'LICENSE'],
  ['Dr. P. Iyer, Professor of Medicine, TNMC Reg. 66120', '66120', 'LICENSE'],
  ['Enf. Joana Prado — COREN-SP 223.441', '223.441', 'LICENSE'],
  ['Dra. Jimena Soto (Reg. prof. 44128)', '44128', 'LICENSE'],
  ['Dr. Félix Marte, exequátur 522-11', '522-11', 'LICENSE'],
  // an age after a date of birth, and a number in words after a name
  ['Resident: Ada Lowe, DOB 03/11/1930 so 94 this year', '94', 'AGE'],
  ['DOB: 2nd May 1929 (95)\nAddress: see chart', '95', 'AGE'],
  ['Ông Trần Văn Bảy, Năm sinh: 1930 (tuổi 94)', '94', 'AGE'],
  ['- Bed 2 Mrs Ilse Varga, ninety-three: chest infection', 'ninety-three', 'AGE'],
  ['Room 4 Harold Ames - ninety-one yesterday, cake on the ward', 'ninety-one', 'AGE'],
  ['la paciente, de noventa y siete años, vive sola', 'noventa y siete', 'AGE'],
  // an implant's lot and serial as one identifier, labels included; a CGM transmitter and a laptop's service tag
  ['Acetabular cup 54 mm, implant sticker LOT 7731-2208 / SN 0047719 filed.', 'LOT 7731-2208 / SN 0047719', 'DEVICE'],
  ['Loop recorder in situ (SN RLB773104S) - remote checks monthly', 'SN RLB773104S', 'DEVICE'],
  ['Libre 3 sensor, Dexcom G6 transmitter 8TQ2KX paired to phone', '8TQ2KX', 'DEVICE'],
  ['work laptop (service tag 4HXW9J2) left in clinic room 3', '4HXW9J2', 'DEVICE'],
  // an identity card's number with thousands' dots after its letters, and a National Insurance number in its groups
  ['Paciente: Ana Milena Ríos    CC 41.207.388    Edad: 58', '41.207.388', 'ID'],
  ['Sra. Elvira Paz, LC 3.118.240, jubilada', '3.118.240', 'ID'],
  ['NI no.        | QQ 18 27 36 D\nBenefits      | UC', 'QQ 18 27 36 D', 'ID'],
  // a care home, practice or academy named in lower case
  ['visit log - the willows care home, room 4: mavis', 'willows care home', 'LOCATION'],
  ['cc: harbour view family practice, fax 555 0142', 'harbour view family practice', 'LOCATION'],
  ['pupil: jayden r   yr 8   westfield academy', 'westfield academy', 'LOCATION'],
];

const kept: [string, string][] = [
  ['No Eircode given, referral code R93 CX25 on file.', 'R93 CX25'],
  ['Logs are kept at file:///home.user.docs on the ward PC.', 'home.user.docs'],
  ['OBX|2|NM|38221-8^BRADEN^LN||14', 'BRADEN'],
  ['Lives alone in a ground-floor council flat at 14 Tollington Rise.', 'flat at'],
  // a field's name before its value, the state in an HL7 address, a counted thing after "the 3rd"
  ['skin_type (self-reported): Fitzpatrick II', 'skin_type'],
  ['address_line_2: Flat 4', 'address_line_2'],
  ['NK1|1|RIEDE^PAUL|SON|Chemin des Vignes 12^^Monthey^VS^1870^CH|+41 24 555 61 09', 'VS'],
  ['blood cultures sent, the 3rd set grew E. coli', 'the 3rd'],
  ['CT at 120 kv. Contrast given, no reaction', '120 kv'],
  ['tramadol, up to 93 a day in total over the week', '93'],
  ['Prior authorization note sent by e-mail to the insurer', 'ization'],
  ['Prior authorization note sent by e-mail to the insurer', 'e-mail'],
  ['letter sent by post to the practice', 'post'],
  // what the review found the first versions of this session's rules took
  ['Soft plaque LAD 70%, calcified plaque RCA 50%.', 'LAD 70'],
  ['Canal arterial patente PDA 3 mm', 'PDA 3'],
  ['Dominio D2 T3 alterato', 'D2 T3'],
  ['troponins: the 1st is negative, the 2nd is pending', 'the 1st'],
  ['troponins: the 1st is negative, the 2nd is pending', 'the 2nd'],
  ['Truncated protein of 120 aa; deletion of 95 aa', '120'],
  ['Масса плаценты 110 г.', '110'],
  ['Heart rate 96 a) at rest b) after exercise', '96'],
  ['egfr_ckd_epi (mL/min), phq9_total (0-27), ecog_ps_2 (ECOG PS)', 'egfr_ckd_epi'],
  ['egfr_ckd_epi (mL/min), phq9_total (0-27), ecog_ps_2 (ECOG PS)', 'ecog_ps_2'],
  ['week_24: stable; apache_ii_24: 18', 'week_24'],
  ['week_24: stable; apache_ii_24: 18', 'apache_ii_24'],
  ['signed_by: locum; reviewed_by: diabetologist', 'locum'],
  ['<author>system</author><user>admin</user>', 'admin'],
  ['Fingerprint record set to default, fingerprint set 2022-11', 'fingerprint set 2022-11'],
  ['Plot 2 shows the Kaplan-Meier curve for both arms.', 'Plot 2'],
  ['Caravan 4 at the site was used as the vaccination point.', 'Caravan 4'],
  ['Cottage 2 pie for lunch, ate half.', 'Cottage 2'],
  ['Hb 12.1. At 14:30 repeat sample', '12.1.'],
  ['K 4.1. at 06:20 repeat sample', '4.1.'],
  ['works 12 saal se factory me', '12 saal'],
  ['took a thumb impression from the patient', 'thumb impression'],
  ['knee flexion 20° May review', '20°'],
  ['Přijat 3. 5. 2016. RTG: fraktura 5. 6. žebra vlevo.', '5. 6.'],
  ['Usuario: acude a control con su hija', 'acude'],
  ['Dr Umar 100 mg IV given', '100 mg'],
  ['Mrs Jones, 95 per cent sats on room air', '95 per cent'],
  ['delayed union day 42 post op', 'union day'],
  ['thumb print entry 1645 hrs by nurse', '1645'],
  ['Echo: FMR record 2023 reviewed', '2023'],
  ['95 saal pehle ghar bana', '95 saal'],
  // what a mark rule must not take: wounds under "Description:", surgical scars, treatment tattoos, plans after a comma
  ['Description:\n - 3 cm laceration to the left shin\n - closed with 4-0 nylon, 5 sutures', '3 cm laceration to the left shin'],
  ['Description: Pt found on the floor, states he "did not want to bother anyone." Bed alarm off; heparin infusion paused.', 'found on the floor'],
  ['Scars: midline laparotomy scar, well healed.', 'midline laparotomy scar'],
  ['Scars: - ', 'Scars'],
  ['Scars: not examined', 'not examined'],
  ['The lesion was tattooed in three quadrants 3 cm distal to it.', 'three quadrants'],
  ['Skin tattooed in 3 points for radiotherapy planning.', '3 points'],
  ['Birthmark on the back, showing no change since last review.', 'showing no change since last review'],
  ['port-wine stain on the face, with laser treatment planned.', 'with laser treatment planned'],
  ['Identifying features:\n - none known\nProperty: wallet', 'none known'],
  ['Warmed with a Bair Hugger in recovery.', 'Bair Hugger'],
  ['LABOUR WARD HANDOVER - Sun 24 Sept 07:00\nMidwife in charge', '07:00'],
  ['Volumetric pump (Alaris GP, asset tag UHSM-04417) alarmed', 'Alaris'],
  ['emergency laparotomy for sigmoid volvulus, NELA risk 18%, died day 3', 'NELA risk 18%'],
  ['a burgundy stethoscope with "Dr K. Mensah" engraved?? left it in the mess yesterday', 'left it in the mess yesterday'],
  ['Seen by Dr Anna Patel (consultant), plan agreed.', 'consultant'],
  ['Reviewed by Sam Hill (physio) - mobilising', 'physio'],
  ['logged in as user admin to run the report', 'admin'],
  ['Skin: intact. Scars: none. Tattoos: none.', 'Scars: none'],
  ['Identifying features:\n - none\nProperty: wallet', '- none'],
  ['Epworth 15 with witnessed apnoeas; sleep study booked.', 'Epworth 15'],
  ['Borg RPE 12 at the end of the walk test.', 'Borg RPE 12'],
  ['Jacobson relaxation, 10 minutes before bed.', 'Jacobson relaxation'],
  ['Referred to DAFNE for structured education.', 'DAFNE'],
  ['Switched to a Dexcom G7 and an Omnipod 5 pump.', 'Dexcom G7'],
  ['Invasive ductal carcinoma, T2N1M0, ER positive.', 'T2N1M0'],
  ["Crohn's, Montreal A3L3B2, on adalimumab.", 'A3L3B2'],
  ['G3P2002 at 31 weeks with reduced movements.', 'G3P2002'],
  ['ATP7B H1069Q homozygous.', 'H1069Q'],
  ['Thanks for the Hodgkin lymphoma referral, PET booked.', 'Hodgkin lymphoma'],
  ['covid19 PCR negative, vitd3 replaced.', 'covid19'],
  ['see the file care_plan_v2 in the shared drive', 'care_plan_v2'],
  ['1. Bloods - FBC, U&E\n2. Review - ortho\n3. Discharge - TTO', 'TTO'],
  ['his son will ring back after 6 to arrange transport', 'will'],
  ['Ward round\nPlan: bloods. Vit D. Levels low.', 'D. Levels'],
  ['Temperature 38.2 °C. Core temperature rechecked.', 'C. Core'],
  ['Aufnahme mit Morbus Parkinson und Sturz.', 'Morbus Parkinson'],
  ['A Kenyan interpreter came with the family.', 'Kenyan'],
  ['Her Ukrainian neighbour translates; the family are Methodist.', 'Ukrainian'],
  ['Speaks Tagalog and some Cebuano at home.', 'Cebuano'],
  ['Social: Lives with Wife. Ex-smoker.', 'Wife'],
  ['Biopsy sent to Histopathology; results to the team.', 'Histopathology'],
  ['Started on Calpol and Fortisip; Hibiscrub wash before theatre.', 'Fortisip'],
  ['admitted with C. difficile diarrhoea', 'C. difficile'],
  ['printer driver updated to 5.1.16.7 today', '5.1.16.7'],
  ['6-minute walk 110 m with two rests', '110 m'],
  ['mobilising with a Zimmer frame on the ward', 'Zimmer frame'],
  ['A 16 Fr Foley catheter drained 1100 mL.', 'Foley'],
  ['Presented with Brown sputum and fever.', 'Brown sputum'],
  ['24 CPT: 99214, 93000', '99214'],
  ['Source pt HBsAg negative.', 'HBsAg'],
  ['Manchester Triage orange on arrival.', 'Manchester Triage'],
  ['MIDAS score 22 at baseline.', 'MIDAS'],
  ['Your appointment: Endocrinology Clinic 2, ground floor.', 'Endocrinology Clinic 2'],
  ['Stroke unit: mRS 4. Barthel 6/20.', '6/20'],
  ['Referred for 2nd and 3rd MCP joint swelling.', '2nd and 3rd'],
  // (from a review of this session's date, place and plan rules: what they first took)
  ['Confused on the second night.', 'second night'],
  ['This admission is the fourth.', 'the fourth'],
  ['Nausea after the first and the second cycle.', 'the first'],
  ['Counselled on Sick Day Rules (SADMANS).', 'Sick Day'],
  ['Listed for Same Day Discharge.', 'Same Day'],
  ['Mobilised on Post-Op Day One.', 'Post-Op Day'],
  ['Time of death: 03.10.', '03.10'],
  ['Sodium 13.01.', '13.01'],
  ['RT: Frazione 15 di 25, tollerata.', 'Frazione 15'],
  ['Anexo Derecho 3 cm.', 'Anexo Derecho'],
  ['Is this your 1st?', '1st'],
  ['Crutches off 2nd.', '2nd'],
  ['AMO 875/125 bd', '875/125'],
  ['Protocol step (1.2.) completed.', '1.2.'],
  ['Grade (2.1.) toxicity.', '2.1.'],
  ['Fr 8.5. catheter inserted.', '8.5.'],
  ['Had a sorry day, tearful.', 'sorry day'],
  ['CNY 5000 paid for the scan.', 'CNY'],
  ['R1.2.3 resection margins clear.', 'R1.2.3'],
  ['Dr Smith, 90 l. of fluid removed.', '90'],
  ['Booked for 2nd line chemotherapy.', '2nd'],
  ['RTC 3/7 if no better.', '3/7'],
  ['Her Rose-coloured glasses view of it all.', 'Rose-coloured'],
  ['No difference in live birth (RR 0.97, 95% CI 0.83-1.14).', '0.83-1.14'],
  ['Stage: T2 N1 M0 (AJCC 8th edition).', 'T2 N1 M0'],
  ['Aadhaar card seen at registration.', 'Aadhaar'],
  ['Re: Will Smith\nWill review tomorrow with bloods.', 'Will review'],
  ['Weight is at the 95th percentile.', '95th'],
  ['| Serial | Reading |\n| 1 | 7.2 mmol/L |', '7.2 mmol/L'],
  ['GAD-7 9/21 today, PHQ-9 12.', '9/21'],
  ['DC Summary sent to the GP.', 'Summary'],
  ['Yes sir, will do it now.', 'Yes'],
  ['Results here. Nothing acute.', 'Results'],
  ['st elevation in V2 to V4', 'st elevation'],
  ['baby 18/12 old with a cough', '18/12'],
  ['scored 17/30 on the MoCA', '17/30'],
  ['sats 92 from 88 on 2L', '92'],
  ['Someone pls help with bed 4', 'Someone'],
  ["We used the Spence Children's Anxiety Scale before and after.", "Spence Children's"],
  ['Not Madopar CR - ask pharmacy.', 'Madopar'],
  ['Grip today: Jamar dynamometer R 14 kg.', 'Jamar'],
  ['the world is a big place on a good day', 'world'],
  ["I'm Sorry it took so long.", 'Sorry'],
  ['Wolff-Parkinson-White pattern on the ECG', 'Wolff-Parkinson-White'],
  ['Given IV fluids, then repeat bloods - ECG', 'ECG'],
  ['mum said it was "fine" and left', 'fine'],
  ['Referred to Pathology and Radiology for review.', 'Pathology'],
  ['SPECIMEN BARCODE: *L2501270044193*', 'BARCODE'],
  ['Vaccine        Date         Batch      Site\nRotarix        2021-06-11   AROLB744A  oral', 'AROLB744A'],
  ['abg 7.31/58/72 on bipap', '7.31/58/72'],
  ['Member ID W448120733-01   RxBIN 610014', '610014'],
  ['VA: R 6/12, L 6/60 (PH 6/36).', '6/12'],
  ['Ellie - visit 6/12, R ACL recon, quads improving.', '6/12'],
  ['enrolment in MARIPOSA-2 if one is open', 'MARIPOSA-2'],
  ['LVEF 60-65% (Simpson biplane).', 'Simpson biplane'],
  ['request for tirzepatide (Zepbound) 2.5 mg weekly', 'Zepbound'],
  ['{"system":"urn:oid:2.16.840.1.113883.3.555","value":"A00918823"}', '2.16.840.1.113883.3.555'],
  ['pt desatting, sila ang nag-request ng transfer', 'sila'],
  ['Tarikh: 12hb. anak dah datang.', 'anak'],
  ['He speaks Spanish and some English at home.', 'English'],
  ['Merci beaucoup for the advice, very helpful.', 'Merci'],
  ['Admitted Health Centre notified of the discharge.', 'Admitted'],
  ['Tesco on Sunday was busy, she fell in the car park.', 'Sunday'],
  ['Uses a Zimmer frame indoors; the nurse Practitioner saw him.', 'Practitioner'],
  ['Verified at bedside by S. Biju RN\nStart 13:55 T 36.8', 'Start'],
  ['bed 6 - sepsis screen, 71F, lactate 3.1', 'sepsis screen'],
  ['list\n1. chest pain 45M\n2. left hip 80F', 'chest pain'],
  ['In Shanghai we see lots of 川崎病 (Kawasaki disease).', '川崎病'],
  ['高血压 (Hypertension) stage 2, on amlodipine', '高血压'],
  ['阿司匹林 (Aspirin) 100 mg daily', '阿司匹林'],
  ['Treballa a Mercadona. Telèfon 632 418 905.', 'Telèfon'],
  // drugs spelt as other languages spell them, religious seasons, assays and scales in capitals
  ['Started Kolşisin 0,5 mg, then Siklofosfamid and Azatiyoprin.', 'Siklofosfamid'],
  ['Amoxicilina 500 mg c/8h for a week.', 'Amoxicilina'],
  ['Diabetes Ramadan clinic: fasting during Ramadan, Iftar at 18:40.', 'Ramadan'],
  ['HIV ELISA positive, SARA 14/40 at the ataxia clinic.', 'SARA'],
  ['Update 08:12: all stable\nPlan: rounds at 9', 'Update'],
  ['PC Smith arrived 1800 hrs with the patient.', '1800'],
  ['Obs: stable\nImp: improving\nMgmt: continue', 'Mgmt'],
  ['Plan: start abx\nDx: pneumonia\nRx: amoxicillin', 'Dx'],
  ['the van GCS 15 on arrival', 'GCS 15'],
  ['Sats Will Carter 94 percent on air', '94'],
  ['GCS 3/15 0300 intubated in the field', '3/15'],
  ['Seen at Mercy Hospital – Discharge Summary attached', 'Discharge Summary'],
  ['pt Alert and orientated, GCS 15', 'Alert'],
  ['patient Happy to go home today', 'Happy'],
  ['Basal 40 u/day, 2 u/dose with meals', 'u/day'],
  ['Found in the car BP 80/40 on arrival', 'BP 80'],
  ['Golf GT 200 miles from home', 'GT 200'],
  ['lesion in the pancreatic tail N1 disease', 'N1'],
  ['DC Summary 2024 attached', '2024'],
  ['Ambo 15:30: arrived\nTriage 15:40: cat 2\nResus 15:45: intubated', 'Resus'],
  ['患者 咳嗽 三天, 发烧', '咳嗽'],
  ['主治医生 建议 CT', '主治'],
  ['Ang pasyente ay may lagnat. Sila ay nag-aalala.', 'Sila'],
  ['1. fiebre alta 3 y tos', 'fiebre'],
  ['ER 8/8, PR 6/8, HER2 negative', '8/8'],
  ['started on 1st/2nd line therapy together', '2nd line'],
  ['온도 38.5, 정도 mild', '온도'],
  ['version 2022.9.3 installed on the ward PCs', '2022.9.3'],
  ['BCx 4/4 bottles grew S. mitis', '4/4'],
  ['a condition named Marfan syndrome in the family', 'Marfan'],
  ['Dose (5) given at 08:00', 'Dose'],
  // a third reading's look-alikes
  ['Fasting lipid profile, HbA1c and TFTs. HbA1c 48', 'HbA1c'],
  ['Serum Ig: IgG4 raised', 'IgG4'],
  ['2nd/3rd toes swollen, 4th/5th metacarpal fracture', '2nd/3rd'],
  ['pt was 92, on 2L O2', '92'],
  ['복통으로 응급실로 내원', '응급실로'],
  ['救急センターに搬送された', '救急センター'],
  ['นางพยาบาล ตรวจวัดสัญญาณชีพ', 'ตรวจวัดสัญญาณชีพ'],
  ['Known epileptic, admitted as Status epilepticus', 'Status'],
  ['Fluid balance: 2 50 50 50 100 150 ml', '2 50 50 50 100 150'],
  ['found in car 1530 HRS by the police', '1530 HRS'],
  ['ECG: no distinctive changes, rate and rhythm: sinus 72', 'sinus 72'],
  ['Na Pre-op 128, K 4.1', 'Pre-op'],
  ['Rash (real name unknown) on the trunk', 'Rash'],
  ['file renamed Discharge summary', 'Discharge'],
  ['Stored in folder 2023 on the shared drive', '2023'],
  ['a Canadian nurse and an Australian GP', 'Australian'],
  ['Sickle cell disease; Reed-Sternberg cells seen.', 'Reed-Sternberg cells'],
  ['Present: Fever and cough for three days.', 'Fever'],
  ['| Subj | Init | Age |\n| 014-0231 | R.T.M. | 72 |', 'Init'],
  ['Old thyroidectomy scar on the neck, well healed.', 'thyroidectomy scar'],
  ['College of Physicians guidance on capacity.', 'College of Physicians'],
  ['The Children\'s Act 1989 applies here.', "Children's Act"],
  ['Lonart DS Tablets given at 0800.', 'Tablets'],
  ['The form was marked "Urgent" by triage.', 'Urgent'],
  ['Take dose 1/2 tablet at night.', '1/2'],
  // a brand no list holds, known by its dose or form, and national health schemes
  ['Parkinson disease on Dopalin 110 TDS, swallow poor.', 'Dopalin'],
  ['Started Cap Zorbex 20mg and Syp Gelcoat.', 'Zorbex'],
  ['Insulin Humagard 30/70 twice daily.', 'Humagard'],
  ['Family is on the Ayushman Bharat scheme.', 'Ayushman'],
  ['| Name | Dose |\n| Apixaban | 5 mg BD |', 'Apixaban'],
  ['| Bed | Patient | Age |\n| 4 | Closed | 88 |', 'Closed'],
  ['Admitted to the district hospital with sepsis.', 'district hospital'],
  ['RT tattoos on the sternum placed at planning.', 'RT tattoos'],
  ['Procedure description: uncomplicated laparoscopic cholecystectomy.', 'uncomplicated'],
  ['Tattoos: none. Birthmarks: nil.', 'none'],
  ['novomix30 given with breakfast', 'novomix30'],
  ['At 95 the sats dropped.', '95'],
  ['She has a gold ring engraved with her initials.', 'gold ring'],
  ['bed 3: GRACE score 140, for angio', 'GRACE'],
  ['QTc 520 ms. Long QT syndrome suspected.', 'Long QT'],
  // review periods, acuities and counts shaped like dates; greetings and teams shaped like names
  ['Dr Patel to review in 6/52.', '6/52'],
  ['Snellen 6/24 right eye, 6/9 left.', '6/24'],
  ['Ward round 3/4 patients seen before 10.', '3/4'],
  ['1st and 2nd febrile convulsions at 14 months.', '1st and 2nd'],
  ['{"name": "Aspirin", "dose": "75 mg"}', 'name'],
  ['{"line":"Central line"}', 'Central line'],
  ['Respected Sir, kindly review the ECG.', 'Respected'],
  ['Understood sir, will do.', 'Understood'],
  ['Neuro pls see bed 4 today.', 'Neuro'],
  ['Re: T.B. contact tracing at the school.', 'T.B.'],
  ['Mark here for incision, left side.', 'Mark'],
  // findings to examine, and a pharmacy-benefit field shaped like a town and its PIN
  ['a mole on the left cheek, irregular border, for biopsy', 'mole on the left cheek'],
  ['healing scar on the upper lip after the laceration repair', 'scar on the upper lip'],
  ['RxBIN 610014 PCN ADV on the card.', 'RxBIN 610014'],
  // words that are also given names, capitalised for another reason
  ['[ ] Yes\n[ ] Will the patient manage the blister pack?', 'Will'],
  ['Patient: Mr. R. Srinivasan, 72 years, Male\nAddress: see above', 'Male'],
  ['Filed the Grant application for the research nurse post.', 'Grant'],
  ['Name (optional): ______   Ward: ______', 'Ward'],
  ['Told Tom I would ring back after the scan.', 'I would'],
  ['Spoke to Sarah A while ago about the results.', 'A while'],
  ['He went back to Primary Care after the admission.', 'Primary Care'],
  ['Dr. Kwan presented this at Grand Rounds on Oct 12.', 'Grand Rounds'],
  ['referred to the lung MDT at Northern General. He still hopes to play bowls.', 'He still'],
  ['splinted the 3rd and 4th fingers after the fall on the 2nd and 3rd fingers', '4th fingers'],
  ['Mr Jones, 45, seen with his father Tom Jones, 72.', '72'],
  // German nouns, a Portuguese list item and a form's column label are no names
  ['Befund: Die Lymphknoten sind frei, das Fettgewebe ohne Befund und keine Veneninvasion.', 'Lymphknoten'],
  ['Befund: Die Lymphknoten sind frei, das Fettgewebe ohne Befund und keine Veneninvasion.', 'Veneninvasion'],
  ['Conclusão:\n– Lesão intraepitelial escamosa de alto grau', 'Lesão'],
  ['Paciente: Maria Santos     Idade: 47 anos', 'Idade'],
  ['Take one tablet with food. -bd', 'bd'],
  // a place-list artefact ("The" of The Village), a disease in a subject line, a number's label, credentials after a name
  ['The team said no to surgery.', 'The team'],
  ['Re: Brugada and fever', 'Brugada'],
  ['Patient: Park Ji-hoon   Reg. no. 20418873', 'Reg'],
  ['Jonathan Wells, RGN, SCPHN (OH)\nNMC PIN 04J1182E', 'RGN'],
  ['— Tanvir Gill, MSW, RSW', 'RSW'],
  ['Dr Aoife Byrne MB BCh BAO, MICGP', 'BAO, MICGP'],
  // a specialty's and an organism's short names
  ['Can you page haem about the film?', 'haem'],
  ['Blood culture grew S. Typhi, started ceftriaxone.', 'S. Typhi'],
  ['Pace - rest before you are exhausted. Try 20 minutes.', 'Pace'],
  ['DOB (YYYY/MM/DD): 1951/06/27', 'YYYY'],
  ['Seen by Dr. ENT today, plan for FESS.', 'ENT'],
  ['Insulin: NovoRapid via Omnipod 5, pod changed every 3 days', 'Omnipod 5'],
  ['Opname via SEH. COPD GOLD 3, exacerbatie.', 'COPD GOLD 3'],
  ['Came via Iran 2022, no antenatal care before.', 'Iran 2022'],
  ['the pump will be 95% charged by the morning', '95%'],
  ['Bell palsy, right. House-Brackmann III. Onset 36 hours.', 'III'],
  ['HbA1c 7.4, ratios 8.1234, 5.6789 on repeat', '8.1234, 5.6789'],
  ['MRN 00873412 DOB 02/14/1933', 'DOB'],
  ['blocks M2 receptors on the bladder', 'M2'],
  // over-redactions the second reading of the later work found
  ['IDC ER+ PR-, LSCS theatre booked, GBS maternity', 'IDC'],
  ['IDC ER+ PR-, LSCS theatre booked, GBS maternity', 'LSCS'],
  ['Started CHOP cycle 2, dilated RPA on echo. Oh GOSH.', 'CHOP'],
  ['Der Patient wurde mit Rettungsdienst gebracht und ist stabil, der Brief an Hausarzt.', 'Rettungsdienst'],
  ['Escalated to 2nd on call, then to 1st MTP.', '2nd'],
  ['| Drug | Given | Dose |\n|---|---|---|\n| paracetamol | 1.5 | 500 mg |', '1.5'],
  ['Major Incident declared; Private Patient seen.', 'Incident'],
  ['WBC 15.2 ABN 4.0-11.0', '4.0-11.0'],
  ['Attended 3/4 appts this term.', '3/4'],
  ['Pain score on 7/10 today.', '7/10'],
  ['{"operator":"lessThan","value":5}', 'lessThan'],
  ['in ambulance SBP 80, MAP 55', 'SBP 80'],
  ['Meds reviewed: zopiclone 3.75 mg nocte - held', 'zopiclone'],
  ['she rides a bike 3 times a week', 'bike 3'],
  ['morphine syrup and her pain went from 8/10 to 3/10 in 2 days.', '8/10 to 3/10'],
  ['the MRI on Monday showed a small infarct', 'MRI on Monday'],
  ['Capacity assessed. Will has been lodged with the solicitor.', 'Will'],
  ['Hope is fading, the family said.', 'Hope'],
  ['Department: Estates, Groote Schuur Hospital\nHepatitis B surface antibody 142 mIU/mL', 'Hepatitis B surface antibody'],
  ['the bellevue view from the ward was lovely', 'bellevue'],
  // over-redactions the second reading found
  ['Paeds to review baby. Sats stayed above 94% overnight.', 'Paeds'],
  ['Paeds to review baby. Sats stayed above 94% overnight.', 'Sats'],
  ['Iris has a small coloboma. Max can be given every 4 hours.', 'Iris'],
  ['Iris has a small coloboma. Max can be given every 4 hours.', 'Max'],
  ['Hb was 95 on Monday, 102 today.', '95'],
  ['Transferred in ambulance SBP 80, MAP 55.', 'SBP 80'],
  ['Please Ring 2222 for the arrest team.', 'Ring 2222'],
  ['Blood culture day 2: no growth.', 'culture day 2'],
  ['Upstaged at N2 by PET-CT.', 'N2'],
  ['Discussed at Tumour Board and kept in Side Room.', 'Tumour Board'],
  ['Discussed at Tumour Board and kept in Side Room.', 'Side Room'],
  // a line of a drug chart in capitals is no messaging platform
  ['LINE: PICC right arm, flushed 10 ml', 'PICC'],
  ['Hope - see above.', 'Hope'],
  ['Symptoms worse in Autumn and Winter.', 'Autumn'],
  ['Plan:\n- bloods\n- tbc', 'tbc'],
  ['Reviewed by physio on day 2. Completed by hca at 10:00.', 'physio'],
  ['meds reviewed. -paracetamol', 'paracetamol'],
  ['Triaged ATS 2 at 14:05, ATS 3 on review.', 'ATS 2'],
  ['Obs: BP 120/80 P: 88 T: 37.2 RR 18', '88'],
  ['Home med | Sig | Last dose | Plan\nlisinopril 20 mg | daily | 1/6 AM | HOLD', 'Sig'],
  ['Given 3 doses, at 10, 14 and 18 hours, then 2, 4, 6, 8 hourly.', '2, 4, 6, 8'],
  ['quadriceps sets 3 x 10, mini-squats to 30°, step-ups on a 15 cm step', '30°'],
  ['increase the dose to 50th percentile for weight', '50th'],
  ['Asante sana, daktari. Hi all, Salam and thanks.', 'Asante'],
  ['Asante sana, daktari. Hi all, Salam and thanks.', 'Salam'],
  ['PEDS ED NOTE - 09:14, STEMI ED pathway activated', 'PEDS'],
  ['DOB 10/14/2001   MRN ED-9930417', 'MRN'],
  ['Transferred to Valley Regional Medical Center for cath.', 'cath'],
  ['Foley 14 Fr inserted, Foley 16Fr on the ward', 'Foley 14 Fr'],
  ['McCoy blade size 3; Limberg flap; Broselow tape', 'McCoy blade'],
  ['McCoy blade size 3; Limberg flap; Broselow tape', 'Limberg flap'],
  ['NHS England guidance, the NHS Long Term Plan, on the NHS App', 'NHS England'],
  ['NHS England guidance, the NHS Long Term Plan, on the NHS App', 'Long Term Plan'],
  ["the d'Alembert operator", "d'Alembert"],
  ['power 04/05 on the left, pain 05/10, GCS 09/15', '04/05'],
  ['power 04/05 on the left, pain 05/10, GCS 09/15', '05/10'],
  ['Metoprolol dose dec 5 mg today', 'dec 5 mg'],
  // days in a lower-case diary, everyday Spanish words in a lower-case message
  ['mon - woke w/ it 6am, L side behind eye, 7/10. took sumatriptan\nthu - bad one. aura first then pain 8/10', 'thu'],
  ['mi mamá dice que ayer fue peor, hoy porque no comió casi nada', 'ayer fue'],
  ['mi mamá dice que ayer fue peor, hoy porque no comió casi nada', 'casi'],
  // compounds made by a prefix, days joined by a hyphen
  ['Post-mortem done. Pre-fall mobility good. Co-pay is 20. Long-ish wait. Clinic Mon-Thu.', 'Post-mortem'],
  ['Post-mortem done. Pre-fall mobility good. Co-pay is 20. Long-ish wait. Clinic Mon-Thu.', 'Co-pay'],
  ['Post-mortem done. Pre-fall mobility good. Co-pay is 20. Long-ish wait. Clinic Mon-Thu.', 'Mon-Thu'],
  // teams written where a name goes, departments named for whom they serve
  ['To: Diabetes Service\nFrom: Cardiology OPD', 'Diabetes Service'],
  ['To: Diabetes Service\nFrom: Cardiology OPD', 'Cardiology OPD'],
  ['Seen by the Public Health Nurse today, then call Patient Services', 'Public Health Nurse'],
  ['Seen by the Public Health Nurse today, then call Patient Services', 'Patient Services'],
  ['Pulmonary & Critical Care fellow', 'Pulmonary & Critical Care'],
  ['the Clinical Laboratory reported; Microbiology Laboratory; Port-a-cath in situ', 'Clinical Laboratory'],
  ['the Clinical Laboratory reported; Microbiology Laboratory; Port-a-cath in situ', 'Microbiology Laboratory'],
  ['the Clinical Laboratory reported; Microbiology Laboratory; Port-a-cath in situ', 'Port-a-cath'],
  ['he will be 95 mg short', '95'],
  ['bed 4 - confused, wandering\nbed 5 - for discharge', 'confused'],
  ['bed 4 - stable - for d/c\nbed 6 - may - ?d/c', 'stable'],
  ['ICU BED BOARD - EXPORT', 'BOARD'],
  ['dr said no, dr reviewed pt', 'said'],
  ['Staff: Abena Owusu-Ansah, RN, emp E220471; Respiratory CNS appt 20/02', 'appt'],
  ['mother CPF 071.338.915-42; criança CNS 700 5024 1188 6631', 'criança'],
  ['the 2nd of the twins, the 3rd in a row, the 1st to arrive', 'the 2nd'],
  ['the 2nd of the twins, the 3rd in a row, the 1st to arrive', 'the 3rd'],
  ['the 2nd of the twins, the 3rd in a row, the 1st to arrive', 'the 1st'],
  ['ratio 2/3-3/4, UA 3/4 positive', '2/3'],
  ['call the pharmacy #12 line', 'pharmacy #12'],
  ['LEAD II 2 MM ST ELEVATION', '2 MM ST'],
  ['Met Baker (son) today; Authorized: Yes', 'Met'],
  ['complete heart block, Mobitz II block', 'block'],
  ['20 RAR days to include the Building Better Relationships programme', '20 RAR'],
  ['Hb 2 RBC.\nCT CHEST', '2 RBC'],
  ['titrate from 10-12 mg, then on 2-03 doses', '10-12'],
  ['titrate from 10-12 mg, then on 2-03 doses', '2-03'],
  ['went to summer camp, then boot camp', 'summer'],
  ['acute Stevens-Johnson; Kaplan-Meier curve; Wolff-Parkinson-White', 'Stevens-Johnson'],
  ['my address here is House 38, Trinity Hall, Dartry Road, Dublin 6 if you need it', 'here is'],
  ['my address here is House 38, Trinity Hall, Dartry Road, Dublin 6 if you need it', 'if you'],
  ['Our Eircode is K78 P2X5 if you are posting anything.', 'Eircode'],
  ['House 2 of the series; Insurance No: 5213441870', 'House 2'],
  ['院區 Site        : 臺大醫院 內科部', '院區'],
  ['Age/Sex: 67/F\nABHA 12-3456', '67/F'],
  ['Post-op day 2, Pre-op check, Check-in at 9', 'Post-op'],
  ['Kawasaki disease (川崎病) in a 3-year-old', 'Kawasaki disease'],
  ['To: S3 / From: BN Surgeon\nSPC Dana Whitcomb', 'BN Surgeon'],
  ['Waste Bin A full, bin b empty', 'Bin A'],
  ['However, I think so. Thanks, that helps. Petechiae noted.', 'However'],
  ['However, I think so. Thanks, that helps. Petechiae noted.', 'Petechiae'],
  ['He hid the tissue but Aunty found it. Carer aware.', 'Aunty'],
  ['| Prueba              | Resultado          | Referencia       |', 'Resultado'],
  ['Fecha toma: 06/02/2024 07:42, Lectura evolutivo, Usuario: enfermería', 'Lectura'],
  ['Interconsulta a Neurología por Nefropatía', 'Neurología'],
  ['Interconsulta a Neurología por Nefropatía', 'Nefropatía'],
  ['MSSA, TTE clear. PACU, Aldrete 9. UNIDENTIFIED MALE, ED. MAC, Dr Lee. AMS, Na 118', 'MSSA, TTE'],
  ['MSSA, TTE clear. PACU, Aldrete 9. UNIDENTIFIED MALE, ED. MAC, Dr Lee. AMS, Na 118', 'PACU, Aldrete'],
  ['MSSA, TTE clear. PACU, Aldrete 9. UNIDENTIFIED MALE, ED. MAC, Dr Lee. AMS, Na 118', 'Na 118'],
  ["King's College criteria met; the 2013 Lancet Neurology cohort", "King's College criteria"],
  ["King's College criteria met; the 2013 Lancet Neurology cohort", 'Lancet Neurology'],
  ['values in Normal range; speaks Marathi at home; moved to Section 3) later', 'Normal'],
  ['values in Normal range; speaks Marathi at home; writes in Indian English', 'Indian'],
  ['CV 10.000.000 copias/ml; costo 1.200.000 pesos', '10.000.000'],
  ['F CAP RLL on CXR; CAPS OLD SYSTEM EXPORT', 'CAP RLL'],
  // and what it found over-broad
  ['RTC 6/12 for review; TCI 1/7; Per MAR 1/2 tab given; INR 2/3 target', '6/12'],
  ['RTC 6/12 for review; TCI 1/7; Per MAR 1/2 tab given; INR 2/3 target', '1/7'],
  ['RTC 6/12 for review; TCI 1/7; Per MAR 1/2 tab given; INR 2/3 target', '2/3'],
  ['BP 128/76. Creatinine improved from 2.08 to 1.4', '2.08'],
  ['2 DRAINS IN PLACE, DRESSING DRY\nFOLLOW UP IN 2 WEEKS WITH DR', 'DRAINS IN PLACE'],
  ['2 DRAINS IN PLACE, DRESSING DRY\nFOLLOW UP IN 2 WEEKS WITH DR', '2 WEEKS WITH DR'],
  ['Flexor tendon injury Zone 2; slept in shelter 3 nights; Oxygen tent 2 L/min', 'Zone 2'],
  ['Flexor tendon injury Zone 2; slept in shelter 3 nights; Oxygen tent 2 L/min', 'shelter 3'],
  ['HPI: 72/F House-bound, lives alone. 28/F Estate agent', '72/F House-bound'],
  ['Neuro recommended MRI head. Haem suggested stopping the DOAC.', 'Neuro'],
  ['True, this is a concern. Winter, this is peak season.', 'True'],
  ['Seen in Accident and Emergency overnight.', 'Accident'],
  ['Ward 4 East Wing, bay 3; given 2 Battery changes', 'East Wing'],
  ['Presented to Hospital Selayang w fever and cough', 'fever'],
  ['mi mamá dice que ayer fue peor, hoy porque no comió casi nada', 'nada'],
  ['pt 96 kg on admission, lat 45 degrees', '96'],
  ['available 24/7; PA 28/12 mmHg; Suboxone 16/4 mg; NIV 14/6 cmH2O; Mixtard 20/10 units', '28/12'],
  ['available 24/7; PA 28/12 mmHg; Suboxone 16/4 mg; NIV 14/6 cmH2O; Mixtard 20/10 units', '16/4'],
  ['available 24/7; PA 28/12 mmHg; Suboxone 16/4 mg; NIV 14/6 cmH2O; Mixtard 20/10 units', '24/7'],
  ['she rose from the chair only on the 2nd try; gave midazolam after the 2nd. hes breathing ok', 'the 2nd try'],
  ['count back from ten: nine, eight, seven, six, five, four, three, two', 'nine, eight, seven, six, five, four, three'],
  ['sets of one two three four five, then rest; A-V-P-U and G-C-S recorded', 'A-V-P-U'],
  ['Sat 12.5 mmol/L glucose on the meter', '12.5'],
  ['Hb 12 g. 2 units transfused', '2 units'],
  ['Glasgow Coma Scale (GCS) 14, Intensive Care Unit (ICU) stay', 'GCS'],
  ['Paní Marie Dvořáková, 95 let, widow', 'Paní'],
  ['Randevu: 21.10.2024 Pazartesi 10:20, Göğüs Hastalıkları', 'Pazartesi'],
  ['Doente: Nº Utente SNS 284 117 903, Serviço de Neurologia', 'Utente'],
  ['on Marcumar, INR 2.9; lesion of 24 Hounsfield units', 'Marcumar'],
  ['on Marcumar, INR 2.9; lesion of 24 Hounsfield units', 'Hounsfield'],
  ['her son in Jordan sends money', 'Jordan'],
  ['Mum "worried" about the rash', 'worried'],
  ['Mrs Bridget Fahy, 96, resident. Sats at 96% and HR at 96 bpm', '96%'],
  ['Mrs Bridget Fahy, 96, resident. Sats at 96% and HR at 96 bpm', '96 bpm'],
  ['stop the statin at Christmas - 2 weeks before the trip', '2 weeks'],
  ['the voiceprint 2023 study enrolled 40 callers', 'voiceprint 2023'],
  ['the role of police biometric identification in unknown patients', 'biometric identification'],
  ['Healing scar on the lip after the laceration repair', 'Healing scar on the lip'],
  ['she works as a doctor in Emergency now', 'Emergency'],
  ['he is a GP in Training at the practice', 'Training'],
  ['Pharmacist: Linh Tran, PharmD, TX lic. 48113', 'PharmD'],
  ['Arrivée aux urgences à 22h30, vue par le médecin à 11h05. Elle est très fatiguée.', '22h30'],
  ['Arrivée aux urgences à 22h30, vue par le médecin à 11h05. Elle est très fatiguée.', '11h05'],
  ['Arrivée aux urgences à 22h30, vue par le médecin à 11h05. Elle est très fatiguée.', 'Elle'],
  ['Paciente com dor. Ela foi vista no serviço de Cardiologia; carvedilol 12,5 mg 12/12h', '12/12h'],
  ['Place Foley catheter now and strict fluid balance', 'Place Foley catheter'],
  ['la place du médecin traitant dans le parcours', 'place du médecin'],
  ['né le douze mars mille neuf cent cinquante-huit', 'mille neuf cent'],
  ['he had ninety minutes of CPR; cent pour cent', 'cent pour cent'],
  ['Subject: Unusual sign-in to your EHR account', 'Unusual sign-in'],
  ['an unusual presentation of sarcoidosis', 'unusual presentation'],
  ['Results:\n7.4 - pH\n12.5 - Hb', '7.4'],
  ['Results:\n7.4 - pH\n12.5 - Hb', 'Hb'],
  ['Dr Azar 2 weeks ago changed the dose', '2 weeks'],
  ['lives off Main St 2 blocks away', '2 blocks'],
  ['BP now 95, better after fluids', '95'],
  ['Sats now 95, on 2L', '95'],
  ['the tachycardia died down at 92 bpm', '92 bpm'],
  ['updated to version 10.12.3 today', '10.12.3'],
  ['walked twenty five more yards down the road', 'twenty five more yards down the road'],
  ['gave two more doses on the road home', 'two more doses on the road'],
  ['heterozygous for Factor V Leiden; Philadelphia chromosome positive', 'Leiden'],
  ['heterozygous for Factor V Leiden; Philadelphia chromosome positive', 'Philadelphia'],
  ['GBA1 N370S/L444P genotype; CFTR F508del/G542X', 'N370S/L444P'],
  ['GBA1 N370S/L444P genotype; CFTR F508del/G542X', 'F508del/G542X'],
  ['plan: VMAT 60 Gy in 20 fractions', 'VMAT 60'],
  ['IMC 18.9 kg/m2, poids 52 kg', '18.9'],
  ['id_registro,anno_nascita,sesso\n12,1961,F', 'id_registro'],
  ['LAD Dmax 6.2 Gy, heart Dmean 0.9 Gy', 'Dmax'],
  ["excision of Bichat's fat pad", 'Bichat'],
  ['given 3/6 of the doses before stopping', '3/6'],
  ['started 1/2 tab at night', '1/2'],
  ['visit 6/12 today of the programme', '6/12'],
  ['2024-03-11T09:22:32+08:00 INFO  nhi.card.read  ok\n2024-03-11T09:15:02+08:00 INFO  appt.book  ok', 'nhi.card.read'],
  ['Follow-up: ambulatorio MICI, dr.ssa Giulia Ferrero', 'dr.ssa'],
  ['see e.g. the report.pdf, node.js and i.e. this', 'report.pdf'],
  ['2024-05-21 13:31:09 beta blocker given\n2024-05-21 13:35:09 usager connecté', 'blocker'],
  ['SD 2.3 mmol/L across the cohort', 'SD 2.3'],
  ['Street 5 mg was a typo for sertraline', 'Street 5 mg'],
  ['infusion 12/03/2023 (95) mL given', '95'],
  ['PHN Rose visited on Tuesday', 'PHN'],
  ['print ID badge for the new starter', 'print ID badge'],
  ['hydralazine 25 mg, NDC 23155-0083-01; naloxone 0409-6625-02', '0409-6625-02'],
  ['hydralazine 25 mg, NDC 23155-0083-01; naloxone 0409-6625-02', '23155-0083-01'],
  ['Metoprolol DIN 02184435 dispensed', '02184435'],
  ['Inj. Pantoprazole 40 mg IV OD', 'Inj'],
  ['WBC 2100/cumm, platelets normal', '2100/cumm'],
  ['Naranjo algorithm score 6 (probable); Hartwig and Siegel severity scale level 3', 'Naranjo'],
  // from a reading of this session's work: what must be kept
  ['Metformin 1 g bd Ramipril 5 mg od', 'Ramipril'],
  ['IDC in place Foley 14Fr', 'place Foley'],
  ['Plan to place PICC 4 weeks', 'PICC'],
  ['Co-amoxiclav route IV 7 days', 'route IV'],
  ['Holter: av. HR 72 bpm', 'HR 72'],
  ['BV Screen Positive, treated', 'BV Screen'],
  ['TK Level raised again', 'TK Level'],
  ['CHG Bath given at 06:00', 'CHG Bath'],
  ['Cefazolin g. 2 IV stat', 'g. 2'],
  ['CKD St. 3 with proteinuria', 'St. 3'],
  ['Memory Lane 4 sessions booked', 'Memory Lane 4'],
  ['Auntie 2 visits a week', 'Auntie 2'],
  ['Street 5 hours late for the appointment', 'Street 5'],
  ['The patient may first require a CT head.', 'may first'],
  ['Per MAR first dose given at 08:00.', 'MAR first'],
  ['Collected 2/3 samples before the rigor', '2/3'],
  ['Seen 5/6 patients on the round', '5/6'],
  ['Dose changed at 10.05. by SHO', '10.05.'],
  ['1.01 - Introduction\n1.02 - Scope', '1.01'],
  ['Pt sat 1.5 hours out of bed.', 'sat 1.5'],
  ['If HR > 100 or SBP < 90 let the nurse in charge know.', '90'],
  ['Mrs Fahy, 96, lives alone. Sats of 96. RR 18.', 'Sats of 96'],
  ['Doris Lamb, 91 y/o. Diastolic at 91, and HR 88.', 'Diastolic at 91'],
  ['DNA BRCA1 negative', 'BRCA1'],
  ['Retinal R1M0 bilaterally', 'R1M0'],
  ['Primary survey A-B-C-D-E normal', 'A-B-C-D-E'],
  ['digit span: repeated five two eight one nine four six', 'five two eight one nine four six'],
  ['Acute Medical Unit (AMU) then AMU again', 'AMU again'],
  ['Yes No 2 times', 'No 2'],
  ['a Win Win situation for the ward', 'Win Win'],
  ['sonde de Foley CH 16 posée ce matin', 'Foley'],
  ['à 15 cm de la valvule de Bauhin', 'Bauhin'],
  ['score de Blantyre 2 à l’admission', 'Blantyre'],
  ['échelle de Cornell 16, protocole de Zuspan', 'Zuspan'],
  // scars of an operation or a wound, however they are described
  ['Well-healed 12 cm midline laparotomy scar over the right side, no hernia.', '12 cm midline laparotomy scar'],
  ['Healing 3 cm scar on the left knee, dressing dry.', '3 cm scar on the left knee'],
  ['Tender 2 cm scar at the left port site.', '2 cm scar'],
  ['Narbe nach Hüft-TEP rechts, 15 cm, reizlos.', 'Narbe nach Hüft-TEP rechts'],
  ['No 3 cm or larger scar on either the left or right forearm.', '3 cm or larger scar'],
  // a metabolic panel and a year are no registration
  ['CMP 2024 ordered with lipids', '2024'],
  ['DOB 01/02/1950, 92 kg, BP 140/90', '92 kg'],
  ['Mr Hale, ninety minutes after the dose', 'ninety minutes'],
  ['Sats - ninety-two percent on air', 'ninety-two percent'],
  ['Penicilina G 1.200.000 UI IM, dosis única', '1.200.000'],
  ['she moved to a local care home last year; dementia nursing home list', 'local care home'],
  ['plan: consider care home vs double-up package', 'consider care home'],
  ['liaise with the ICB care home team', 'ICB care home'],
  // from a second reading: scars being treated, model codes, vital signs after a vehicle, what follows a date of birth, word
  // numbers that are counts, clock times after a panel, prothrombin time, an empty list of marks, a dental chart, a count
  ['Keloid 2 cm right earlobe, second intralesional steroid injection given.', 'Keloid 2 cm right earlobe'],
  ['Silicone gel twice daily applied to hypertrophic scar 5 cm left shoulder.', 'hypertrophic scar 5 cm left shoulder'],
  ['Scar on the right hand, started last week.', 'Scar on the right hand'],
  ['Volvo XC90 parked in bay 3 for the transfer', 'XC90'],
  ['Accidente de moto FC 120 lpm, TA 90/60', 'FC 120'],
  ['DOB 03/04/1948 - 92 kilos on the ward scales', '92 kilos'],
  ['Born at 32 weeks, 98th centile for weight', '98th'],
  ['DOB 1940 so 94 on the Barthel is not possible', '94 on the Barthel'],
  ['Ramipril, ninety tablets dispensed', 'ninety tablets'],
  ['Repeat CMP 1600 today', '1600'],
  ['Coagulación: T.P. 1245 seg', '1245'],
  ['Identification marks: none; ID band checked.', 'ID band checked'],
  ['caries LR 46 45 44 D noted', '46 45 44 D'],
  ['recuento CC 1.250.000 eritrocitos', '1.250.000'],
  ['Hace cien años que la familia vive allí.', 'cien años'],
];

describe('identifiers found by their context', () => {
  for (const [text, phrase, type] of found) it(`${JSON.stringify(phrase)} in ${JSON.stringify(text.slice(0, 50))}`, () => expect(covers(text, phrase, type)).toBe(true));
});

describe('addresses as the former Soviet Union and its neighbours write them', () => {
  const addresses: [string, string][] = [
    ['Адрес: г. Москва, ул. Профсоюзная, д. 128, корп. 2, кв. 47', 'г. Москва, ул. Профсоюзная, д. 128, корп. 2, кв. 47'],
    ['Address: vul. Heroiv Pratsi 22-B, kv. 114, Kharkiv', 'vul. Heroiv Pratsi 22-B, kv. 114'],
    ['Проживает: мкр. Аксай-4, д. 57, кв. 31, Алматы', 'мкр. Аксай-4, д. 57, кв. 31'],
    ['Adresa: Str. Păcurari nr. 88, bl. 554, sc. B, ap. 12, Iași', 'Str. Păcurari nr. 88, bl. 554, sc. B, ap. 12'],
    ['Госпитализирован: Большая Сухаревская пл., д. 3', 'Большая Сухаревская пл., д. 3'],
    ['Ünvan: Səməd Vurğun küç. 43, m. 18, Bakı', 'Səməd Vurğun küç. 43, m. 18'],
    // (the street's word inside a token the tokenizer joined to what came before)
    ['Home: ✔️Str. Păcurari nr. 88, bl. 554', 'Str. Păcurari nr. 88, bl. 554'],
    ['Adresa: Nowak-ul. Lenina 5', 'ul. Lenina 5'],
    ['Родилась в с. Гуниб', 'с. Гуниб'],
  ];
  for (const [text, phrase] of addresses) it(`finds ${JSON.stringify(phrase)} by the rules alone`, () => expect(covers(text, phrase, 'LOCATION', findByRules)).toBe(true));
  it('reads 100 kB of hyphenated and apostrophised capitals beside Cyrillic in linear time', () => {
    for (const unit of ['A-', "A'"]) {
      const t0 = performance.now();
      findByRules('Ж ' + unit.repeat(50_000));
      expect(performance.now() - t0).toBeLessThan(2_000);
    }
  });
  // "bd." is twice daily, "per os" by mouth; a street's word never reaches over a line break
  for (const [text, phrase] of [
    ['Amoxicillin 500 mg bd. GCS 15 on arrival.', 'GCS'],
    ['Take per. Os only.', 'Os'],
    ['Прописка: г.\nAddress unknown', 'Address'],
    ['2019 г. Перенес инфаркт', 'Перенес'],
    ['Назначены статины и пр. Аспирин 100 мг', 'Аспирин'],
    ['Str. Pneumoniae isolated from sputum', 'Pneumoniae'],
  ] as const)
    it(`keeps ${JSON.stringify(phrase)} in ${JSON.stringify(text)}`, () => expect(covers(text, phrase, 'LOCATION', findByRules)).toBe(false));
});

describe("a place's name read to its ends", () => {
  const text = 'TRANSFER NOTE - Lakeview Regional ED to University of Michigan Health Neuro ICU. Hx via girlfriend: works at Stauffers of Kissel Hill in Lititz.';
  it('joins two parts of one name found apart over a small word', () => {
    expect(covers(text, 'University of Michigan Health', 'LOCATION')).toBe(true);
    expect(covers(text, 'Stauffers of Kissel Hill', 'LOCATION')).toBe(true);
  });
  it('leaves the hospital\'s unit and department readable', () => {
    expect(covers(text, 'Neuro ICU')).toBe(false);
    expect(covers(text, 'ED')).toBe(false);
  });
});

describe('names typed in lower case', () => {
  it("are a chat message's speaker after its time, in any case and even when they are words", () => {
    // (stamped lines make a chat even when no speaker is a name no word shares)
    const chat = '[19:02] holly: who put tinsel on the box\n[19:03, 24/12/2023] nick: guilty. i hope its not RSV';
    for (const speaker of ['holly', 'nick']) expect(covers(chat, speaker, 'NAME', findByRules)).toBe(true);
    // (the word in the message stays a word)
    const word = chat.indexOf('i hope') + 2;
    expect(findByRules(chat).some((f) => f.start <= word && word < f.end)).toBe(false);
  });
  it('are the value of a name label, a given name that is also a word among them', () => {
    const note = 'yp: summer (s.o.), 15\nnok: daughter carol - 07700 900 345\ngp: dr h. pryce, thirsk health centre\nname: frank gallagher';
    for (const name of ['summer', 'carol', 'h. pryce', 'frank gallagher']) expect(covers(note, name, 'NAME', findByRules)).toBe(true);
    // (but an ordinary word, a department or an abbreviation after a label names no one, nor does a message's address)
    const labels = 'from: reception\nre: grace period\nto: gastro\ncc: haem\nreferred by: nephrology\nPatient: unknown male\nNOK: elder brother\npupil: perrla';
    for (const word of ['reception', 'grace', 'gastro', 'haem', 'nephrology', 'unknown', 'elder', 'perrla']) expect(untouched(labels, word, findByRules)).toBe(true);
    // (after a message's label, a listed name; after "caller", any)
    expect(covers('cc: frank gallagher', 'frank gallagher', 'NAME', findByRules)).toBe(true);
    expect(covers('caller: bex', 'bex', 'NAME', findByRules)).toBe(true);
    // (and a name ends at a full stop, but for an initial's)
    expect(untouched('client: oli. will call back tomorrow', 'will', findByRules)).toBe(true);
    expect(covers('client: oli. will call back tomorrow', 'oli', 'NAME', findByRules)).toBe(true);
  });
  it('are an initial after a title', () => {
    expect(covers('pharmacy says the amiodarone for mrs w was never dispensed', 'w', 'NAME', findByRules)).toBe(true);
    expect(covers('yeah dr b rang me about 4', 'b', 'NAME', findByRules)).toBe(true);
    expect(covers('miss k rang about the results', 'k', 'NAME', findByRules)).toBe(true);
    // ("a" and "i" only with a full stop: "miss a dose", "the dr i saw")
    for (const [text, word] of [
      ['Advised not to miss a dose of apixaban.', 'a dose'],
      ['the dr i saw yesterday said it was fine', 'i saw'],
      ['TTE showed moderate mr a year ago.', 'a year'],
      ['5 ms p wave on the strip', 'p wave'],
      ['dr n. med. Tomasz Grabowski', 'n.'],
    ] as const)
      expect(untouched(text, word, findByRules)).toBe(true);
  });
  // an observations log or a two-line note from a mother stamped like a chat makes no chat: its senders are no listed names
  for (const [text, word] of [
    ['[08:00] bp: 120/80, hr 88\n[09:00] bp: 118/76', 'bp'],
    ['[08:00] sats: 94%\n[09:00] sats: 95%', 'sats'],
    ['[08:00] lfts: sent\n[09:00] tfts: sent', 'lfts'],
    ['[1.1] dx: uti\n[1.2] rx: nitrofurantoin', 'dx'],
    ['[09:15] me: ok will do\n[09:16] mum: is she awake?', 'me'],
    ['[09:15] me: ok will do\n[09:16] mum: is she awake?', 'mum'],
  ] as const)
    it(`but not ${JSON.stringify(word)} in ${JSON.stringify(text)}`, () => expect(untouched(text, word, findByRules)).toBe(true));
});

describe("a place's name with an abbreviated word", () => {
  it('goes on over the full stop', () => {
    for (const [text, place] of [
      ['Lives in Sta. Cruz, Manila.', 'Sta. Cruz'],
      ['Moyamoya disease diagnosed at Osaka Univ. Hospital in 2019.', 'Osaka Univ. Hospital'],
      ['Transported to UMBAL Sv. Anna, handover 03:58.', 'UMBAL Sv. Anna'],
    ] as const)
      expect(covers(text, place, 'LOCATION')).toBe(true);
  });
  it('takes a ward or sector number after it', () => {
    expect(covers('Transferred from Galkot-3, Baglung, by jeep.', 'Galkot-3', 'LOCATION')).toBe(true);
    expect(covers('Lives in Gulberg Phase 2 with his brother.', 'Gulberg Phase 2', 'LOCATION')).toBe(true);
  });
  it('but not into the next sentence, nor a street into a name', () => {
    expect(untouched('Lives on Main St. Denies smoking.', 'Denies')).toBe(true);
    expect(untouched('Moved to Mt. Pleasant. Independent with ADLs.', 'Independent')).toBe(true);
    expect(covers('Lives on Elm St. Anna Smith, her daughter, visits.', 'Anna Smith', 'NAME')).toBe(true);
  });
  it("but not a street's St. into the next sentence", () => {
    for (const text of ['Lives at 12 Main St. Her daughter visits.', 'Lives at 12 Main St. Anna visits daily.']) {
      const found = findIdentifiers(text).find((f) => f.type === 'LOCATION');
      // (the abbreviation's full stop may go with it; the next sentence's words may not)
      expect(text.slice(found!.start, found!.end)).toMatch(/^12 Main St\.?$/);
    }
  });
});

describe('a hospital by its initials', () => {
  it('is found before one of its units', () => {
    expect(covers('Diverted to NNUH cath lab for a temporary wire.', 'NNUH', 'LOCATION', findByRules)).toBe(true);
    expect(covers('Bed confirmed with LGI ward L10 by Sr Ashworth.', 'LGI', 'LOCATION', findByRules)).toBe(true);
  });
  // a clinical abbreviation is no hospital's initials, before a unit or after "at" and "to" (resources/deid/medical.json
  // `abbreviations`, looked up in capitals), nor is a unit's own acronym before "ward"
  for (const [text, word] of [
    ['CSF lab results pending.', 'CSF'],
    ['MSU micro: E. coli, sensitive to nitrofurantoin.', 'MSU'],
    ['Her LFTS lab values were normal.', 'LFTS'],
    ['RAU ward round done.', 'RAU'],
    ['She was referred to CBT last month.', 'CBT'],
    ['Listed, sent to TURP list.', 'TURP'],
    ['Bloods sent from MAU to lab.', 'MAU'],
  ] as const)
    it(`keeps ${JSON.stringify(word)} in ${JSON.stringify(text)}`, () => expect(untouched(text, word, findByRules)).toBe(true));
  // (where the context is strong, an acronym is a place even when a clinical one is written the same)
  it('is found after a strong cue even when a clinical abbreviation is written the same', () => {
    expect(covers('He works as a porter at HMR and lives alone.', 'HMR', 'LOCATION', findByRules)).toBe(true);
    // (and an acronym the list writes in mixed case is no veto: "BCh", a degree, is no "BCH")
    expect(covers('Biopsy at PRI showed carcinoma.', 'PRI', 'LOCATION', findByRules)).toBe(true);
    expect(covers('Attends ICU follow-up at BCH.', 'BCH', 'LOCATION', findByRules)).toBe(true);
    expect(untouched('Lives alone, referred to CBT last month.', 'CBT', findByRules)).toBe(true);
  });
});

describe('a hospital named by its first word', () => {
  it('takes the small words of its name and the word after each', () => {
    expect(covers('Seguito presso Istituto Nazionale dei Tumori di Milano.', 'Istituto Nazionale dei Tumori di Milano', 'LOCATION', findByRules)).toBe(true);
    expect(covers('Atendido no Hospital das Clínicas em 29/01/2024.', 'Hospital das Clínicas', 'LOCATION', findByRules)).toBe(true);
  });
  // (a word that merely starts like one of them, "ye-sterday", "e-arly", "do-uleur", is no small word)
  for (const [text, word] of [
    ['Admitted via Chawama Level 1 Hospital yesterday.', 'yesterday'],
    ['She went to Hospital early this morning.', 'early'],
    ['Acá en el Hospital Posadas ya estamos aplicando Qdenga.', 'estamos'],
    ['Clinique de la douleur - CHUM, Montréal', 'douleur'],
  ] as const)
    it(`ends before ${JSON.stringify(word)}`, () => expect(untouched(text, word, findByRules)).toBe(true));
});

/** Milliseconds to find the identifiers of each text in turn. */
function msToFind(...texts: string[]): number {
  const t0 = performance.now();
  for (const text of texts) findIdentifiers(text);
  return performance.now() - t0;
}

describe('look-alikes that are kept', () => {
  // an identifier repeated across a long text is found everywhere in linear time (a quadratic pass took 3.5 s here)
  it('finds 1,000 repeated record numbers in a 48 kB text in well under two seconds', () => {
    const text = 'Seen today, MRN: 12345678, phone 0412 345 678.\n'.repeat(1000);
    const t0 = performance.now();
    const n = findIdentifiers(text).filter((f) => text.slice(f.start, f.end) === '12345678').length;
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(n).toBe(1000);
  });
  // Thai names are found after a title at a word's start, in time linear in the text (a run of titles was quadratic)
  it('reads 50 kB of Thai titles without spaces in well under two seconds', () => {
    expect(msToFind('นาง'.repeat(17_000))).toBeLessThan(2000);
  });
  it('reads a biometric label followed by a long run of spaces in linear time', () => {
    expect(msToFind('thumb impression register entry' + ' '.repeat(100_000) + 'x')).toBeLessThan(2000);
  });
  it('reads a long run of capitals and a bracket after it in linear time', () => {
    expect(msToFind('AbCdEf'.repeat(17000) + ' (xy)')).toBeLessThan(2000);
  });
  it('reads an ordinal day before 100 kB of spaces in linear time', () => {
    // (the ordinal's lookahead once tried every split of the spaces around an optional dash: 14 s)
    expect(msToFind('seen on the 3rd' + ' '.repeat(100_000) + 'again')).toBeLessThan(2000);
  });
  it('reads 100 kB of cues and short codes in linear time', () => {
    // (a code's parts were unbounded, so from every cue the code ran to the text's end: 80 s for "MSP 1 " repeated)
    expect(msToFind('MSP 1 '.repeat(17_000), 'AMO 1 '.repeat(17_000))).toBeLessThan(4000);
  });
  it('reads a transmitter before 100 kB of spaces in linear time', () => {
    // (the transmitter cue's lookahead once tried every split of the spaces around an optional colon: 20 s)
    expect(msToFind('CGM transmitter' + ' '.repeat(100_000) + '8TQ2KX')).toBeLessThan(2000);
  });
  // an Italian street's words each end at a non-letter (one word read as several words was exponential: 92 s for 428 characters)
  it('reads a long capitalised word after "Via" in linear time', () => {
    expect(msToFind('She moved to Via ' + 'Ab'.repeat(2000) + ' last year.', 'Dr. SMITH said. '.repeat(4000))).toBeLessThan(2000);
  });
  // a described mark ends with its clause; in text without punctuation it stops after 160 characters
  it('bounds a mark description in a long unpunctuated text', () => {
    const text = 'tattoo on the arm and ' + 'word '.repeat(2000);
    const marks = findIdentifiers(text).filter((f) => f.type === 'BIOMETRIC');
    expect(marks.length).toBeGreaterThan(0);
    for (const f of marks) expect(f.end - f.start).toBeLessThan(200);
  });
  for (const [text, phrase] of kept) it(`${JSON.stringify(phrase)} in ${JSON.stringify(text.slice(0, 50))}`, () => expect(untouched(text, phrase, findByRules)).toBe(true));
});

/**
 * The rules keep every look-alike above; the word tagger, which reads only the words the rules left, flags a few
 * of them: a given name that starts a sentence ("Hope is fading"), ward and service names in capitals, a word
 * beside a name. They are the price of the names and places it finds that no rule does (about one point of
 * recall on never-tuned text), and the author dismisses them in the panel. Which few changes a little with each
 * retraining (13 of 447 when this was written: Mark, Primary Care, Hope twice, Side Room, NHS England, East Wing,
 * Leiden, Memory Lane 4, Win Win, Humagard, Idade, Jordan), so the test bounds their number and prints them.
 */
describe('look-alikes with the word tagger', () => {
  it('are kept but for at most 3.5% of them', () => {
    const flagged = kept.filter(([text, phrase]) => !untouched(text, phrase)).map(([, phrase]) => phrase);
    console.log(`the word tagger flags ${flagged.length} of ${kept.length} look-alikes: ${flagged.join(', ')}`);
    expect(flagged.length / kept.length).toBeLessThanOrEqual(0.035);
  });
});

describe('an acronym defined after an organisation', () => {
  it('is the organisation wherever it appears', () => {
    const text = 'admitted to Tampereen yliopistollinen sairaala (TAYS). Later at TAYS, neurology agreed.';
    // (the first within the organisation's name, "... sairaala (TAYS)")
    for (const at of [text.indexOf('TAYS'), text.lastIndexOf('TAYS')]) expect(findIdentifiers(text).some((f) => f.type === 'LOCATION' && f.start <= at && at + 4 <= f.end)).toBe(true);
    expect(findIdentifiers(text).filter((f) => f.type === 'LOCATION' && text.slice(f.start, f.end) === 'TAYS')).toHaveLength(1);
  });
});

describe('a nickname in brackets after a name', () => {
  it('is the person wherever it appears', () => {
    const text = 'RE: Mr Cornelius Papadakis ("Con"), DOB 17/10/1930. Thank you for referring Con, a retired greengrocer. I will review Con soon.';
    // (the first within the name it follows, 'Cornelius Papadakis ("Con")')
    expect(covers(text, 'Cornelius Papadakis ("Con")', 'NAME')).toBe(true);
    expect(findIdentifiers(text).filter((f) => f.type === 'NAME' && text.slice(f.start, f.end) === 'Con')).toHaveLength(2);
  });
});

describe('an age over 89 found once', () => {
  it('is the same age where the text comes back to it, not a value with a unit', () => {
    const text = 'Mrs Bridget Fahy, 96, resident. Dilemma: dual-chamber PPM at 96? Sats at 96% and HR at 96 bpm.';
    const ages = findIdentifiers(text).filter((f) => f.type === 'AGE').map((f) => f.start);
    expect(ages).toEqual([text.indexOf('96'), text.indexOf('96?')]);
  });
});

describe('an age over 89 taken up again', () => {
  // each value is looked for once (a pass per finding was cubic: 135 s for 50 kB of "aged 96, ")
  it('reads 50 kB of repeated ages in well under two seconds', () => {
    const text = 'aged 96, '.repeat(5600);
    const t0 = performance.now();
    const ages = findIdentifiers(text).filter((f) => f.type === 'AGE').length;
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(ages).toBeGreaterThan(5000);
  });
});
