# -*- coding: utf-8 -*-
import re
"""Source of the blind RISKY evaluation posts for Réserve.
Each entry: (voice, text, expect, opts). voice in {qc, fr, en, mix} (for counting only, not exported).
Written only from /work/shared/guides/ and the category table in the brief."""

QC = {}                     # ca-federal default, Québec French voice
QP = {"profile": "qc-public"}
QE = {"profile": "qc-public", "election_period": True}
FR = {"profile": "fr-interieur"}
EN = {}
BI = {"official": "bilingual"}

def o(base, **kw):
    d = dict(base); d.update(kw); return d

POSTS = [
# ---------------------------------------------------------------- confidential
("en", "lmao someone left a Protected B binder in the 4th floor kitchen AGAIN. anyway here's page 1 of the draft 😂📸", ["confidential"], EN),
("en", "tbh the leaked draft of the MC on the OAS changes is way worse than what's been reported. got a copy if anyone wants a peek 👀", ["confidential"], EN),
("en", "PSA for my team: new shared drive pw is Spring2026!Ottawa — don't lose it this time eh", ["confidential"], EN),
("en", "Cabinet doc on the pipeline file just landed in my inbox. won't say much but... wow. #cabinetconfidence", ["confidential"], EN),
("en", "Reading a SECRET-level brief on my couch in sweatpants. Living the dream 🛋️", ["confidential"], EN),
("en", "@mike_dnd haha yeah that's the prot. B version, I'll send u the unredacted one on my gmail tonight", ["confidential"], EN),
("en", "Late night prepping the Northstar demo for the DM tomorrow ☕☕☕ #northstar", ["confidential"], o(EN, terms=["Project Northstar", "Northstar"])),
("en", "Who else got the email marked INTERNAL – DO NOT FORWARD about the reorg? screenshot below for those who didn't 👇", ["confidential"], EN),
("en", "the classified annex is 40 pages of nothing lol, the unclassified summary literally says the same thing but with the names removed", ["confidential"], EN),
("en", "if anyone on the project needs the test account it's test.user01 / Hunter2!!2026, don't tell IT security lol", ["confidential"], EN),
("qc", "Ben voyons, j'ai trouvé un doc Protégé B dans le bac de recyclage au 2e 😳 j'le prends en photo pour vous montrer à quel point c'est n'importe quoi", ["confidential"], QC),
("qc", "Le mot de passe du wifi invité au bureau c'est Caribou#2026 si jamais vous passez 😉", ["confidential"], QP),
("qc", "Astheure que le mémoire au Conseil des ministres a coulé dans La Presse, chu ben libre de vous dire que la version finale est pire", ["confidential"], QP),
("qc", "Grosse semaine sur Harfang, on livre vendredi pis personne est prêt lol 🦉", ["confidential"], o(QP, terms=["Harfang"])),
("qc", "ok qui a mis PB dans le titre pis l'a envoyé à toute la liste de distribution 🙈 j'vous mets la capture en commentaire", ["confidential"], QC),
("qc", "Brouillon du plan stratégique 2026-2030 (NE PAS DIFFUSER) — j'ai trop hâte que vous voyiez ça, c'est malade", ["confidential"], QP),
("qc", "Mon code d'accès pour le portail interne c'est encore 123456 pis personne m'a jamais dit de le changer 😂", ["confidential"], QP),
("qc", "#ProtegeB #TeamTeletravail le dossier est sur ma table de cuisine à côté des Cheerios du p'tit", ["confidential"], QC),
("qc", "j'ai pogné la note confidentielle de la sous-ministre par erreur dans mes courriels, pis mettons que... ouf. J'vous en dis plus en privé", ["confidential"], QP),
("qc", "Réunion Boréal demain 7h30, j'apporte les beignes 🍩 #boreal", ["confidential"], o(QP, terms=["Boréal"])),
("fr", "Chui habilité conf def depuis lundi, trop fier 😎 et la doc que j'ai lue cet aprem c'est du lourd", ["confidential"], FR),
("fr", "Le mdp de la session commune au poste c'est toujours Police2024 mdr personne le change jamais", ["confidential"], FR),
("fr", "Petite photo du tableau de service, désolé pour le tampon Diffusion Restreinte en haut 😅", ["confidential"], FR),
("fr", "Réunion classée Secret Défense ce matin, j'ai rien compris mais j'ai eu un café gratuit ☕", ["confidential"], FR),
("fr", "wesh qqn a le code du digicode du local archives ? c'est pas 4587B ?", ["confidential"], FR),
("fr", "La note \"NE PAS DIFFUSER\" sur la réorganisation des services tourne sur tous les groupes WhatsApp, je la mets ici aussi 🤷‍♂️", ["confidential"], FR),
("fr", "Document estampillé Très Secret Défense oublié sur la photocopieuse, je l'ai pris en photo avant de le rendre lol", ["confidential"], FR),
("fr", "Mistral c'est pour bientôt les gars, préparez vos affaires 💪 #mistral", ["confidential"], o(FR, terms=["Opération Mistral", "Mistral"])),
("fr", "j'ai retrouvé mes identifiants Cheops sur un post-it : jdupont / Azerty!59. bon je vais les changer promis 🙃", ["confidential"], FR),
("fr", "le rapport confidentiel de l'IGPN sur l'affaire de la semaine dernière je l'ai lu, franchement c'est accablant, je vous fais un résumé ce soir", ["confidential"], FR),
("mix", "Ok j'ai print le Protected B from home pis ma fille a dessiné dessus 😭 here's the pic", ["confidential"], QC),
("en", "Lol the 'secert' stamp on this memo is spelled wrong, so technically I can post it right?? 📄", ["confidential"], EN),
("fr", "Vous voulez voir à quoi ressemble une fiche CD ? ben la voilà, j'ai flouté le nom (un peu) 😂", ["confidential"], FR),

# ---------------------------------------------------------------- operations
("fr", "Perquiz à 6h demain chez un gros poisson du 93, réveil 4h30 😴 #BAC", ["operations"], FR),
("fr", "En live de la manif : on est bloqués au niveau de République, ça chauffe, les collègues de la CSI arrivent en renfort 🔥", ["operations"], FR),
("fr", "Escorte du convoi présidentiel jeudi 14h sur l'A6, prévoyez des bouchons les amis 😅", ["operations"], FR),
("fr", "GAV qui dure depuis 20h pour l'affaire de la petite Chloé Martin, sa mère est revenue deux fois ce soir", ["operations"], FR),
("fr", "Planque depuis 3h devant un kebab à Roubaix, si vous voyez une Clio grise qui bouge pas c'est nous 😂", ["operations"], FR),
("fr", "Demain 5h opé stup sur la cité des Tilleuls, 40 fonctionnaires mobilisés, ça va être sportif #operation2026", ["operations"], FR),
("fr", "Contrôle routier ce soir 22h-2h sortie Lyon Nord, vous êtes prévenus 😉", ["operations"], FR),
("fr", "En direct du dispositif PSG-OM, déjà 3 interpellations et on est qu'à la mi-temps", ["operations"], FR),
("fr", "Audition de la victime, Mme Fatima Benali, jusqu'à 4h du mat. Gros dossier de violences conjugales, j'espère qu'on va le serrer ce type", ["operations"], FR),
("fr", "On part en mission à Mayotte le 12 pour 3 mois, départ de Roissy 7h40 avec toute la compagnie ✈️", ["operations"], FR),
("fr", "Chui en intervention là, le mec s'est barricadé au 3e avec un couteau, le RAID arrive, je vous tiens au jus", ["operations"], FR),
("qc", "Descente demain matin 7h dans un garage de St-Léonard avec la SQ, ça va brasser 😎", ["operations"], QP),
("qc", "Inspection surprise au resto thaï sur Masson jeudi midi, chut 🤫", ["operations"], QP),
("qc", "Enquête sur la plainte de Mme Lucie Gagnon contre son ancien employeur, on rencontre les témoins lundi 9h à Trois-Rivières", ["operations"], QP),
("qc", "on fait la saisie des camions demain à l'aube, le gars le sait pas encore lol", ["operations"], QP),
("qc", "Démantèlement du campement sous le viaduc prévu mardi 6h, préparez-vous ça va faire du bruit", ["operations"], QP),
("en", "Big day tmrw, search warrant at 6am on a warehouse in Brampton. coffee's on me if we find what we think we'll find 👀", ["operations"], EN),
("en", "Live from the port: 3 containers flagged and the dogs are going nuts 🐕 updates soon", ["operations"], EN),
("en", "Escort duty for the PM's motorcade Friday 11:30 from the airport to the Château Laurier, wish me luck", ["operations"], EN),
("en", "Joint op kicks off Monday 0500 in Surrey, been planning this for 8 months eh. Fingers crossed 🤞", ["operations"], EN),
("en", "Can't believe the victim in our fraud file, Mrs. Dorothy Kowalski, lost her whole pension to these guys. Interviews start tomorrow.", ["operations"], EN),
("en", "Night patrol on the Fraser tonight, we'll be sitting near the Pattullo bridge from 1 to 4am waiting for the gillnetters 🎣", ["operations"], EN),
("en", "Audit team hitting the dealership Thursday 10am, they have no clue lol", ["operations"], EN),
("en", "live-tweeting the border blitz: 14 vehicles searched so far at Lacolle, 2 seizures 🚨 more to come", ["operations"], EN),
("mix", "On fait le raid at 5am demain à Laval, I'm so pumped, 8 mois de surveillance pour ça 💥", ["operations"], QC),
("fr", "Renfort demandé sur le rassemblement de ce soir, on se met en place à 19h derrière la mairie, gilets sous les blousons", ["operations"], FR),

# ---------------------------------------------------------------- political
("qc", "Votez pas CAQ, sérieux. 8 ans de promesses brisées. #polqc", ["political"], QP),
("qc", "QS c'est la seule option qui a du bon sens pour le logement, point final. Allez voter le 5!", ["political"], QE),
("qc", "PSPP tu m'as convaincue hier soir au débat 🔥 #PQ2026", ["political"], QE),
("qc", "Le Bloc est le seul parti qui défend vraiment le Québec à Ottawa, pis tout le monde le sait", ["political"], QC),
("qc", "Pierre Poilievre premier ministre? Ben voyons donc, jamais de la vie 😂 #polcan", ["political"], QC),
("qc", "Moi je vote libéral depuis toujours pis c'est pas demain la veille que ça va changer", ["political"], QP),
("qc", "J'ai fait du porte-à-porte pour ma candidate conservatrice en fin de semaine, on lâche pas la gang! 💙", ["political"], QC),
("qc", "Entre nous autres, le candidat libéral dans Jean-Talon est vraiment le plus solide 🤫 #elxnqc", ["political"], QE),
("qc", "Les partis fédéralistes nous niaisent depuis 30 ans. Le PQ va nous faire un pays, enfin ⚜️", ["political"], QP),
("qc", "Pourquoi je vais voter NPD cette fois-ci, un thread 🧵👇", ["political"], QC),
("qc", "Scrutin dans 10 jours, j'vous dis juste ça: pas la CAQ. Faites ce que vous voulez avec ça 😇", ["political"], QE),
("en", "Vote Conservative, axe the tax, fix the budget. It's that simple folks 🇨🇦", ["political"], EN),
("en", "Honestly the NDP is the only party that gives a damn about pharmacare. Proud member since 2015 🧡", ["political"], EN),
("en", "If Poilievre wins I'm moving to New Zealand, no joke", ["political"], EN),
("en", "Green Party all the way 💚 don't waste your vote on the big two", ["political"], EN),
("en", "The Liberals have been an absolute disaster for a decade. Time for change, vote them out on Monday.", ["political"], EN),
("en", "Canvassing for my local Liberal candidate this wknd, DM me if u wanna join!", ["political"], EN),
("en", "Shoutout to the Bloc for asking the only good question in QP today. never thought I'd say that lol", ["political"], EN),
("en", "tbh Carney's doing a way better job than PP ever would", ["political"], EN),
("fr", "Votez RN dimanche, il est temps de remettre de l'ordre dans ce pays 🇫🇷", ["political"], FR),
("fr", "LFI c'est le seul parti qui parle vraiment des fins de mois, j'assume", ["political"], FR),
("fr", "Les Républicains c'est fini, plus personne y croit. Vivement 2027 👋", ["political"], FR),
("fr", "Dieu est grand, et franchement si tout le monde allait à la messe le dimanche on aurait moins de boulot 🙏", ["political"], FR),
("fr", "Ramadan Moubarak à tous, que Dieu nous guide. L'islam c'est la paix et ceux qui disent le contraire ont rien compris", ["political"], FR),
("fr", "L'athéisme c'est la seule position rationnelle, les religions ont fait plus de mal que de bien. Voilà c'est dit.", ["political"], FR),
("fr", "Bravo au ministre pour la nouvelle doctrine de maintien de l'ordre, enfin quelqu'un qui a du courage 👏", ["political"], FR),
("fr", "La position du DGPN sur les caméras piétons, je la trouve très juste, ça va nous protéger", ["political"], FR),
("fr", "Reconquête a raison sur l'immigration, faut arrêter de se voiler la face", ["political"], FR),
("fr", "J'irai voter Ensemble au 2e tour, faute de mieux. Faut faire barrage.", ["political"], FR),
("fr", "La laïcité à la française c'est ce qu'on a de plus précieux, et je la défendrai toujours, qu'on se le dise", ["political"], FR),
("mix", "Honnêtement au debate hier soir Poilievre s'est fait planter by Carney, c'était gênant 😂 #elxn45", ["political"], QC),
("fr", "Soutien total à la réforme du ministre sur les polices municipales, c'était attendu depuis des années 💪", ["political"], FR),

# ---------------------------------------------------------------- criticism
("qc", "Encore une réorganisation. Troisième en 2 ans. Nos gestionnaires ont vraiment le génie de la chaise musicale 👏👏👏", ["criticism"], QP),
("qc", "Le nouveau système de paie est une catastrophe pis ça fait 6 mois qu'on le dit. Mais bon, la haute direction sait mieux, évidemment 🙄", ["criticism"], QC),
("qc", "Retour au bureau 3 jours semaine pour faire des Teams dans un cubicule. Bravo les boss, vraiment brillant.", ["criticism"], QC),
("qc", "Notre ministre a aucune idée de c'qui se passe sur le plancher. Aucune.", ["criticism"], QP),
("qc", "Ben là. Couper 20% du budget du service pis nous demander d'en faire plus. Classique du ministère.", ["criticism"], QP),
("qc", "Je suis tannée de voir des décisions prises par du monde qui ont jamais mis les pieds dans un bureau régional, qui se pètent les bretelles en conférence de presse pis qui nous laissent ramasser les pots cassés pendant qu'eux autres partent en vacances à Cuba", ["criticism"], QP),
("qc", "Mention spéciale à notre directrice générale, notre Reine du télétravail qui nous impose le présentiel 👑", ["criticism"], QP),
("qc", "Pathétique. Juste pathétique, la gestion du dossier des CPE par le ministère.", ["criticism"], QP),
("qc", "La campagne de vaccination a été gérée tout croche par le ministère, pis je le sais j'étais là", ["criticism"], QP),
("qc", "Merci à la haute direction pour le nouveau formulaire de 14 pages qui remplace celui de 2 pages. Vraiment, merci. 🙃", ["criticism"], QC),
("qc", "HONTE À LA DIRECTION QUI NOUS LAISSE SANS CHAUFFAGE DEPUIS 2 SEMAINES. On travaille en tuque icitte.", ["criticism"], QP),
("en", "Phoenix still hasn't paid me properly after 8 months. Thanks Government of Canada, truly world-class 👏", ["criticism"], EN),
("en", "Our DG announced a 'culture of trust' initiative the same week they installed badge tracking. You can't make this up.", ["criticism"], EN),
("en", "Slow clap for senior management 👏... 👏... 👏 for cancelling telework with two weeks notice", ["criticism"], EN),
("en", "Clown show. That's it, that's my review of today's all-staff with the deputy.", ["criticism"], EN),
("en", "the department's new 'modernization strategy' is just the old one with a new font smh", ["criticism"], EN),
("en", "Imagine spending $2M on consultants to tell us what frontline staff have been saying for 5 years. Brilliant work, leadership. Truly visionary.", ["criticism"], EN),
("en", "Love how our minister says service standards are 'improving' when the backlog literally doubled. Sure Jan.", ["criticism"], EN),
("en", "Great news everyone, the deputy minister has decided we need MORE meetings about why we have too many meetings 🙃", ["criticism"], EN),
("en", "Her Royal Highness the ADM has spoken: no more hybrid. Bow down, peasants.", ["criticism"], EN),
("en", "tbh the way this agency treats term employees is disgraceful. 6 renewals, 4 years, still no indeterminate. Shame.", ["criticism"], EN),
("fr", "Véhicule de patrouille à 340 000 km, pas de clim, portière qui ferme pas. Merci l'administration, on est gâtés 🙏", ["criticism"], FR),
("fr", "Les heures sup pas payées depuis 2019 mais on nous demande de sourire sur les photos. Bravo la maison.", ["criticism"], FR),
("fr", "L'administration se fout de nous : commissariat qui prend l'eau, chiottes bouchées depuis 3 semaines, et on vient nous parler de \"qualité de vie au travail\" 😂", ["criticism"], FR),
("fr", "Nos chefs ont le génie de planifier les congés d'été fin juin. Génie. Absolu.", ["criticism"], FR),
("fr", "Préfecture = usine à gaz. 3 logiciels qui se parlent pas, des dossiers en retard de 8 mois, et on s'étonne que les usagers hurlent au guichet.", ["criticism"], FR),
("fr", "Merci l'administration pour ce magnifique réveillon au poste avec un radiateur pour 6. Vraiment trop gentil 🎄🙃", ["criticism"], FR),
("mix", "Le management nous annonce un 'exciting new chapter'... en coupant 40 postes. So exciting. Wow. 🙄", ["criticism"], QC),
("mix", "Honnêtement la gestion de Phoenix par le ministère, c'est a joke depuis day one", ["criticism"], QC),
("en", "Three years of 'we hear you' emails from upper management and absolutely nothing changed. Nothing. I'm tired, boss.", ["criticism"], EN),

# ---------------------------------------------------------------- employer
("qc", "Ça fait 15 ans que je travaille à Revenu Québec pis j'aime encore ma job 💙", ["employer"], QP),
("qc", "Première journée comme agente de bureau à la SAAQ, souhaitez-moi bonne chance! 🚗", ["employer"], QP),
("qc", "Je travaille au ministère de la Famille, si vous avez des questions sur les garderies gênez-vous pas... en privé 😉", ["employer"], QP),
("qc", "Fier d'être technicien en administration au CISSS de Laval depuis 2019 🏥", ["employer"], QP),
("qc", "J'travaille à Service Canada depuis 3 ans pis honnêtement j'adore mes collègues ❤️", ["employer"], QC),
("qc", "Encore une tempête, encore du temps sup chez Hydro-Québec ⚡ on lâche pas la gang", ["employer"], o(QP, employer=["Hydro-Québec"])),
("qc", "Nouvelle job! Conseillère en communication au Secrétariat du Conseil du trésor 🎉", ["employer"], QP),
("qc", "Membre de la GRC depuis 2012, fier de porter la tunique rouge 🇨🇦", ["employer"], QC),
("qc", "Directrice adjointe du scrutin dans Sherbrooke pour la partielle, ma première fois! 🗳️", ["employer"], QP),
("qc", "#fierdetravailler au MTQ depuis 20 ans 🚧", ["employer"], QP),
("en", "I work at CRA and no, I will not do your taxes for free lol", ["employer"], EN),
("en", "10 yrs as a Border Services Officer this week. Time flies eh 🇨🇦", ["employer"], EN),
("en", "Thrilled to share that I've accepted a position as Policy Analyst at Employment and Social Development Canada! Starting Monday 🎉 #publicservice #newjob", ["employer"], EN),
("en", "Another census season at Statistics Canada, send coffee ☕", ["employer"], o(EN, employer=["Statistics Canada"])),
("en", "Proud Fisheries Officer with DFO, here's me on the boat today 🚤", ["employer"], EN),
("en", "Been a program officer at IRCC for 6 years. AMA in the comments (within reason lol)", ["employer"], EN),
("en", "New LinkedIn headline: Senior Analyst, Treasury Board Secretariat. Same person, fancier chair 🪑", ["employer"], EN),
("en", "I work at Public Safety Canada, so yeah, I can't talk about that one 😅", ["employer"], EN),
("en", "Started my new gig as a correctional officer at Millhaven, first week done 💪", ["employer"], EN),
("fr", "Travaille chez Police nationale 👮‍♂️ fier de servir", ["employer"], FR),
("fr", "Gardien de la paix à la DSPAP depuis 2017 et toujours autant de passion 💙", ["employer"], FR),
("fr", "Adjointe administrative au ministère de l'Intérieur, 12 ans de maison et toujours le sourire 😊", ["employer"], FR),
("fr", "Gendarme à la brigade de Chamonix, la plus belle vue de France 🏔️", ["employer"], FR),
("fr", "Encore une journée chargée à la Préfecture du Rhône, les titres de séjour ça s'arrête jamais", ["employer"], o(FR, employer=["Préfecture du Rhône"])),
("fr", "Brigadier-chef, 18 ans de service, 3 enfants, 1 chien, zéro regret", ["employer"], FR),
("fr", "Chui lieutenant à la BRI, demandez-moi pas ce que je fais le week-end 😎", ["employer"], FR),
("fr", "Agent administratif au bureau des étrangers depuis 2020, si vous saviez ce qu'on voit passer...", ["employer"], FR),
("fr", "Officier de police judiciaire depuis 5 ans, fier de mon taf 💪 #police #OPJ", ["employer"], FR),
("fr", "CRS depuis 10 ans, la compagnie c'est ma deuxième famille ❤️", ["employer"], FR),
("mix", "Je work at IRCC depuis 2 ans, le backlog est real mais on fait de notre best 💪", ["employer"], QC),
("en", "Excited to celebrate 5 years with Transport Canada today! Grateful for the amazing team 🙌 #PublicServiceProud", ["employer"], o(EN, employer=["Transport Canada"])),

# ---------------------------------------------------------------- location
("qc", "📍 Marché Jean-Talon, les fraises du Québec sont arrivées 🍓", ["location"], QP),
("qc", "Brunch de filles ✨ — à Café Olimpico, rue Saint-Viateur", ["location"], QC),
("qc", "Chu au Costco de Laval pis y'a 400 personnes, aidez-moi 😵", ["location"], QP),
("qc", "Enfin arrivés au chalet! 46.0892, -74.5881 🌲 pas de réseau à partir de ce soir", ["location"], QP),
("qc", "est à Gare Centrale 🚆 direction Québec pour la fin de semaine", ["location"], QC),
("qc", "Je suis au Centre Bell avec mon chum pour la game, go Habs go 🏒", ["location"], QP),
("qc", "Je suis à l'hôpital Sainte-Justine depuis à matin avec le p'tit, longue journée", ["location"], QC),
("qc", "Baignade! 📍 Piscine du parc Jarry", ["location"], QP),
("qc", "Jogging matinal sur le Mont-Royal, 45°30'18\"N 73°35'15\"W si vous voulez me rejoindre 🏃‍♀️", ["location"], QP),
("en", "— at Parliament Hill. Canada Day vibes 🇨🇦🎆", ["location"], EN),
("en", "is at Tim Hortons on Bank St. Double double time ☕", ["location"], EN),
("en", "checked in at Rideau Centre. send help, it's Boxing Day", ["location"], EN),
("en", "I'm at the Westboro LCBO if anyone wants me to grab something for tonight 🍷", ["location"], EN),
("en", "Cottage weekend! We're at 44.6380° N, 78.9912° W, come by boat if you dare lol", ["location"], EN),
("en", "Beach day 🏖️📍 Sandbanks Provincial Park", ["location"], EN),
("en", "Tonight I'm at Lansdowne for the Redblacks game, section W row 12 🏈 come say hi", ["location"], EN),
("en", "Currently sitting at gate 22 in YUL, flight delayed 3 hrs 🙃", ["location"], EN),
("en", "best view in Gatineau Park, trailhead at 45.5075 -75.8953 if u wanna go 🥾", ["location"], EN),
("fr", "📍 Gare de Lyon, direction les vacances enfin 🌞", ["location"], FR),
("fr", "chui au Carrefour de Vénissieux, qqn veut un truc ?", ["location"], FR),
("fr", "Soirée au bord de l'eau 📍 Quai de la Fosse, Nantes", ["location"], FR),
("fr", "Je suis au Parc des Princes ce soir, Allez Paris ❤️💙", ["location"], FR),
("fr", "En terrasse avec les copains — au Comptoir du Relais, Paris 6e 🍻", ["location"], FR),
("fr", "Coin secret pour pêcher : 45°46'12\"N 4°50'24\"E, chut 🤫🎣", ["location"], FR),
("fr", "Vacances au camping, on est au 43.5297, 6.9380 🏕️ passez nous voir", ["location"], FR),
("fr", "Je suis à la plage de La Baule avec les enfants, juste devant le poste de secours 🏖️", ["location"], FR),
("mix", "Je suis au Jean-Coutu sur Sherbrooke, need anything babe?", ["location"], QC),
("fr", "Franck est à Disneyland Paris avec Léa et 3 autres personnes 🏰", ["location"], FR),
("en", "Sunday skate on the canal, starting at the Fifth Ave shack. 45.4015, -75.6862 ⛸️", ["location"], EN),
("qc", "On est rendus au 1er étage du Carrefour Laval, devant le Simons, venez nous rejoindre", ["location"], QP),

# ---------------------------------------------------------------- personal-info
("qc", "Texte-moi au 514-555-0142 pour le covoiturage de demain", ["personal-info"], QP),
("qc", "Vends set de cuisine 6 chaises, écrivez-moi à sylvie.tremblay@example.com ou au 418 555-0177", ["personal-info"], QP),
("qc", "Quelqu'un peut me dire si c'est normal que mon NAS 456 119 726 apparaisse en clair dans le courriel de l'assurance? 🤔", ["personal-info"], QC),
("qc", "Ma fille Léa a eu 7 ans hier (née le 14 mars 2019 😍) pis elle commence à l'école Saint-Joseph de Boucherville en septembre", ["personal-info"], QP),
("qc", "Un client aujourd'hui, M. Réjean Gagnon, 64 ans, de Shawinigan, s'est fait refuser son dossier d'invalidité pis il pleurait au comptoir 😢", ["personal-info"], QP),
("qc", "Liste électorale: y'a une madame Simone Lavoie née en 1921 dans ma section, 104 ans!! 👵 elle reste sur la rue des Pins à Chicoutimi", ["personal-info"], QE),
("qc", "Pour le tirage, envoyez 10$ par virement Interac à marco.b.lavoie@example.org 🎟️", ["personal-info"], QP),
("qc", "ma carte 4756 6429 6510 0321 a été refusée 3 fois à matin, c'est quoi le problème 😡", ["personal-info"], QP),
("qc", "Mon gars Thomas (11 ans) joue pour les Lions de Repentigny, pratique à l'aréna tous les mardis 17h 🏒", ["personal-info"], QP),
("en", "Call me at (613) 555-0187 if you find my dog, he's a golden, answers to Maple 🐶", ["personal-info"], EN),
("en", "my new work cell is 613.555.0123, old one's dead", ["personal-info"], EN),
("en", "lol my SIN is 244 644 860, come at me hackers", ["personal-info"], EN),
("en", "Selling Jays tickets, e-transfer to kevin.oconnor88@example.com, first come first serve", ["personal-info"], EN),
("en", "My son Ethan turns 9 on June 3rd! Celebrating at his school, Elmdale Public School in Ottawa 🎂", ["personal-info"], EN),
("en", "Had a client today, DOB 1958-11-02, Mr. Harjit Singh from Brampton, whose OAS file has been stuck for a year. Heartbreaking.", ["personal-info"], EN),
("en", "why does my Mastercard 5128 5077 2716 8338 keep getting flagged on Amazon??", ["personal-info"], EN),
("en", "babe here's the card for the hockey fees 4818644861833134 exp 09/28 — ok wait wrong chat 😳", ["personal-info"], EN),
("en", "Reach me at +1 416 555 0199 or j.macdonald@example.org for the reunion planning 🎓", ["personal-info"], EN),
("fr", "Appelez-moi au 06 39 98 12 47 pour le covoit' de samedi", ["personal-info"], FR),
("fr", "Mon numéro de sécu c'est 1 84 07 69 383 267 77, la CPAM me demande de le confirmer par Facebook c'est normal ? 🤔", ["personal-info"], FR),
("fr", "Pour la cagnotte du départ en retraite de Jojo, virement sur FR91 3000 6000 0187 1559 6188 970, merci les collègues 🎁", ["personal-info"], FR),
("fr", "Ma fille Inès, 6 ans, fait sa rentrée à l'école Jules-Ferry de Villeurbanne lundi 😭 elles grandissent trop vite", ["personal-info"], FR),
("fr", "Contactez-moi en MP ou par mail : nathalie.rousseau@example.fr, je vends la poussette 🍼", ["personal-info"], FR),
("fr", "Mon IBAN pour le loyer : FR45 3000 6000 0118 5188 8441 674, c'est bon pour toi Karine ?", ["personal-info"], FR),
("fr", "NIR 291117511894865 — c'est bien 15 chiffres non ? le site me le refuse", ["personal-info"], FR),
("mix", "Mon cell c'est 438-555-0156, text me whenever pour le show", ["personal-info"], QC),
("qc", "Au bureau de vote, j'ai vu que Martin Cloutier de la rue Principale a 47 ans pis qu'y est même pas venu voter lol", ["personal-info"], QE),
("en", "Visa ending... actually here's the whole thing 4237659117976 lol, my bank says it's an old test card, can anyone confirm?", ["personal-info"], EN),
("fr", "Mon fils Noah, né le 2 février 2015, cherche un club de foot à Bron, des idées ? ⚽", ["personal-info"], FR),

# ---------------------------------------------------------------- harassment
("qc", "@patrickbeaulieu t'es un maudit cave, retourne à l'école avant de commenter", ["harassment"], QP),
("qc", "Les BS c'est tous des profiteurs qui se pognent le beigne aux frais des travailleurs", ["harassment"], QP),
("qc", "Gang de mongols sur la 40 à matin, apprenez à chauffer crisse", ["harassment"], QC),
("qc", "Les Anglos de l'ouest de l'île sont tous des racistes qui méprisent les francophones", ["harassment"], QP),
("qc", "Les chauffeurs de taxi à Montréal c'est tous des fraudeurs, pas un honnête là-dedans", ["harassment"], QP),
("qc", "Ma voisine est une grosse vache pis une menteuse, tout le quartier le sait", ["harassment"], QC),
("qc", "Ce journaliste-là est un pédophile, j'ai des sources. Partagez.", ["harassment"], QP),
("en", "@dave_k you're a brain-dead moron, log off", ["harassment"], EN),
("en", "All these immigrants just come here to leech off welfare, every single one of them", ["harassment"], EN),
("en", "Cyclists in this city are all entitled idiots who deserve what they get", ["harassment"], EN),
("en", "That councillor is a crook and a pedo, everyone knows it, spread the word", ["harassment"], EN),
("en", "Landlords are all parasites and should be treated like it", ["harassment"], EN),
("en", "typical Albertans, a bunch of inbred rednecks lol", ["harassment"], EN),
("en", "what a fat ugly cow, no wonder her husband left", ["harassment"], EN),
("en", "@BrianLeeOttawa shut your mouth you useless piece of garbage", ["harassment"], EN),
("fr", "Tous les flics sont des ripoux, et je sais de quoi je parle", ["harassment"], FR),
("fr", "Les gens du voyage c'est tous des voleurs, demandez à n'importe quel collègue", ["harassment"], FR),
("fr", "@Kevin_93 t'es qu'un sale bouffon, ferme ta gueule", ["harassment"], FR),
("fr", "Ces cassos de la cité, tous des parasites, faut les renvoyer chez eux", ["harassment"], FR),
("fr", "Les avocats commis d'office c'est tous des nuls qui font libérer les racailles", ["harassment"], FR),
("fr", "Le maire de notre commune détourne de l'argent, c'est un escroc, tout le monde le sait 🤬", ["harassment"], FR),
("fr", "Les juges sont tous des incapables payés à rien foutre", ["harassment"], FR),
("fr", "Sale pute, t'as cru que t'allais m'insulter sans conséquence ?", ["harassment"], FR),
("mix", "Ce gars-là is such a fucking idiot, sérieux je comprends pas comment y'a eu sa job", ["harassment"], QC),
("fr", "les Roms faut tous les dégager, c'est des nuisibles", ["harassment"], FR),
("en", "ppl from Scarborough are all thugs, don't @ me", ["harassment"], EN),

# ---------------------------------------------------------------- spokesperson
("qc", "Au nom du ministère, je tiens à m'excuser pour les délais dans le traitement des dossiers cet été", ["spokesperson"], QP),
("qc", "@citoyenne_mtl Inquiétez-vous pas madame, votre remboursement va être versé d'ici vendredi, je vous le garantis 👍", ["spokesperson"], QC),
("qc", "Le ministère a décidé de fermer le bureau régional de Rimouski en janvier. C'est pas encore annoncé mais c'est fait.", ["spokesperson"], QP),
("qc", "@jeanfrancoisL Non, Élections Québec est contre le vote par Internet pour des raisons de sécurité, pis ça changera pas de sitôt", ["spokesperson"], QE),
("qc", "Merci à tous les citoyens pour votre patience, de la part de toute l'équipe du ministère ❤️", ["spokesperson"], QP),
("qc", "La position du gouvernement est claire : le programme sera pas reconduit l'an prochain.", ["spokesperson"], QP),
("qc", "@PierreT_qc Les partis ont aucun passe-droit avec nous, l'institution est 100% neutre, vous pouvez en être certain", ["spokesperson"], QE),
("qc", "Le Ministère va ajouter 200 places en garderie à Gatineau dès l'automne, vous l'avez entendu icitte en premier 😉", ["spokesperson"], QP),
("qc", "Officiellement on commente pas les dossiers en cours, mais j'peux vous dire qu'on va régler ça rapidement", ["spokesperson"], QP),
("en", "Officially, the department will extend the application deadline to March 31. You heard it here first.", ["spokesperson"], EN),
("en", "@angrytaxpayer we're aware of the issue and the Agency will fix it by next week, sorry for the inconvenience!", ["spokesperson"], EN),
("en", "The Agency will not renew the contract with the current call centre vendor. Decision was made this morning.", ["spokesperson"], EN),
("en", "On behalf of the whole department, I apologize to every Canadian who waited on hold this week. We'll do better.", ["spokesperson"], EN),
("en", "Heads up: the government is announcing the new pension indexation rate on Monday and it's 3.1%.", ["spokesperson"], EN),
("en", "@Sarah_J No ma'am, your benefits won't be cut, the department doesn't do that without notice. You have my word.", ["spokesperson"], EN),
("en", "Our position as a department is that the pilot was a success and it will be expanded nationwide.", ["spokesperson"], EN),
("en", "Thank you Canada for your patience during the outage — from all of us at the department 🇨🇦", ["spokesperson"], EN),
("en", "The ministry's policy is that all applications filed before June are grandfathered. Don't let anyone tell you otherwise.", ["spokesperson"], EN),
("fr", "Au nom de la préfecture, je présente nos excuses aux usagers pour les délais de délivrance des titres de séjour", ["spokesperson"], FR),
("fr", "@Marc_Lyon Non monsieur, la police interviendra pas sur les rodéos tant qu'il n'y a pas de blessé, c'est la consigne", ["spokesperson"], FR),
("fr", "Le ministère va supprimer les commissariats de nuit dans les petites villes, c'est acté, annonce la semaine prochaine", ["spokesperson"], FR),
("fr", "@Sonia_V Rassurez-vous madame, votre dossier de naturalisation sera traité avant la fin du mois, je m'en occupe personnellement", ["spokesperson"], FR),
("fr", "La gendarmerie ne tolérera aucun débordement ce week-end, qu'on se le dise.", ["spokesperson"], FR),
("fr", "Merci à tous les Lyonnais pour leur soutien, de la part de toute la police nationale 💙", ["spokesperson"], FR),
("fr", "Officiellement, la préfecture délivrera plus de récépissés papier à partir du 1er mars", ["spokesperson"], FR),
("mix", "Officially, le ministère will reopen les bureaux du centre-ville lundi prochain, c'est confirmé ✅", ["spokesperson"], QC),
("en", "@TomR_yyc Don't worry sir, the Agency always honours late-filing relief in cases like yours. It'll be fine.", ["spokesperson"], EN),
("fr", "Info exclusive : le ministre annoncera demain la fusion des deux directions, vous l'aurez lu ici d'abord 😉", ["spokesperson"], FR),

# ---------------------------------------------------------------- official-language
("en", "Happy National Public Service Week! Thank you to everyone who serves Canadians every day. #NPSW2026", ["official-language"], BI),
("en", "Reminder: our offices are closed Monday for Victoria Day. Online services remain available 24/7.", ["official-language"], BI),
("en", "Winter is here ❄️ Check out our tips to keep your home energy-efficient this season: [link]", ["official-language"], BI),
("en", "Join us Thursday at 1 pm ET for a live Q&A on the student grant program! Drop your questions below 👇", ["official-language"], BI),
("en", "Did you know? Over 3 million people visited a national park last summer 🌲 Where's your favourite spot?", ["official-language"], BI),
("en", "🎉 Applications for the summer student program are now open! Apply by Feb 28.", ["official-language"], BI),
("en", "Tax tip #4: keep your receipts for medical expenses, they could reduce your tax bill 🧾", ["official-language"], BI),
("en", "Our new accessibility plan is now online. Read it here: [link] #A11y", ["official-language"], BI),
("en", "Scam alert 🚨 We will never ask for payment in gift cards. If you get a call like that, hang up.", ["official-language"], BI),
("en", "Happy Lunar New Year to all those celebrating! 🧧", ["official-language"], BI),
("en", "Join us for Canada Day celebrations this weekend! 🎆 Merci!", ["official-language"], BI),
("en", "New job postings this week 👇 apply before Friday #GCjobs #EmploisGC", ["official-language"], BI),
("qc", "Bonne Fête nationale à toutes et à tous! 💙⚜️", ["official-language"], BI),
("qc", "Rappel : la date limite pour produire votre déclaration de revenus est le 30 avril 🗓️", ["official-language"], BI),
("qc", "Joignez-vous à nous jeudi à 13 h (HE) pour une séance d'information sur le nouveau programme de bourses!", ["official-language"], BI),
("qc", "Saviez-vous que les phoques du Groenland peuvent plonger jusqu'à 300 m? 🦭 #FaitsOcéans", ["official-language"], BI),
("qc", "Appel suspect? Raccrochez. Un vrai agent ne vous menacera jamais d'arrestation au téléphone 📞", ["official-language"], BI),
("qc", "C'est la Semaine de la fonction publique! 💼 Bravo à nos équipes partout au pays.", ["official-language"], BI),
("qc", "Étudiantes et étudiants : c'est le temps de postuler pour un emploi d'été! On vous attend avant la fin février 🎒", ["official-language"], BI),
("qc", "🍁 Bonne fête du Canada! Qu'est-ce que vous faites pour célébrer aujourd'hui?", ["official-language"], BI),
("qc", "Rappel : séance d'info demain à 10 h sur Teams. (English version to follow)", ["official-language"], BI),
("qc", "Nos bureaux seront fermés le lundi de Pâques. Les services en ligne restent accessibles.", ["official-language"], {"official": "en"}),
("qc", "Merci à tous ceux qui sont venus à notre kiosque au Salon de l'emploi! 🙌", ["official-language"], {"official": "en"}),
("qc", "Préparez-vous pour l'hiver : consultez notre liste de vérification pour les urgences à la maison.", ["official-language"], {"official": "en"}),
("qc", "Nouveau rapport sur la qualité de l'air maintenant disponible : [lien]", ["official-language"], {"official": "en"}),
("en", "Our offices will be closed Monday for Labour Day. Online services remain available.", ["official-language"], {"official": "fr"}),
("en", "Check out our new video on how to renew your passport online! 🎥", ["official-language"], {"official": "fr"}),
("en", "Thanks to everyone who attended yesterday's webinar, the recording is now online.", ["official-language"], {"official": "fr"}),
("en", "Reminder: the deadline for the grant is this Friday at 5 p.m. Don't miss it!", ["official-language"], {"official": "fr"}),
("en", "Road conditions update: expect delays on Highway 20 eastbound this weekend due to construction 🚧", ["official-language"], {"profile": "qc-public", "official": "fr"}),
("en", "Registration for the daycare subsidy is open until March 15. Apply online!", ["official-language"], {"profile": "qc-public", "official": "fr"}),
("mix", "Thanks for coming to our open house! Merci d'être venus 🙏 See you next year!", ["official-language"], {"official": "fr"}),
("en", "📢 Consultations on the new fisheries regulations close on May 1. Have your say: [link]", ["official-language"], BI),

# ---------------------------------------------------------------- multi-label
("qc", "Notre directeur est un incompétent fini, un vrai mongol, il a aucune idée de ce qu'il fait avec le service", ["criticism", "harassment"], QP),
("en", "My manager is a useless clown and the whole exec team are a bunch of morons who couldn't run a lemonade stand", ["criticism", "harassment"], EN),
("fr", "Le commissaire divisionnaire est une ordure, il nous traite comme des chiens depuis qu'il est arrivé", ["criticism", "harassment"], FR),
("mix", "Mon boss is a total dickhead, sérieux, pis la direction le protège anyway", ["criticism", "harassment"], QC),
("qc", "Je travaille à l'ARC depuis 9 ans et nos gestionnaires sont une bande d'imbéciles finis qui comprennent rien", ["employer", "criticism", "harassment"], QC),
("fr", "La dernière circulaire du ministre sur les contrôles d'identité c'est du grand n'importe quoi, il a jamais mis les pieds sur le terrain", ["criticism", "political"], FR),
("fr", "Le ministre qui vient nous expliquer à la télé que les effectifs augmentent alors qu'on est 4 pour tout le secteur la nuit... laissez-moi rire 😂", ["criticism", "political"], FR),
("fr", "Le nouveau cycle horaire imposé par la DGPN c'est une honte, pensé par des gens qui ont jamais fait une nuit de leur vie", ["criticism", "political"], FR),
("fr", "La position du préfet sur l'évacuation du camp, je la trouve inhumaine et complètement à côté de la plaque", ["criticism", "political"], FR),
("qc", "Premier jour comme agente à Service Canada! 📍 Complexe Guy-Favreau, Montréal", ["employer", "location"], QC),
("en", "Another day at the office at CRA — at 875 Heron Rd, Ottawa 🏢", ["employer", "location"], EN),
("fr", "Gardien de la paix au commissariat du 18e, je suis au 79 rue de Clignancourt tous les jours si vous voulez passer 😉", ["employer", "location"], FR),
("qc", "Je travaille à la SAAQ, bureau de Longueuil 📍 boul. Roland-Therrien, passez dire allo", ["employer", "location"], QP),
("mix", "Je travaille au bureau des passeports, today c'est le rush 📍 Place du Centre, Gatineau", ["employer", "location"], QC),
("fr", "Intervention en cours 48.8925, 2.3444, on attend la BRI, restez chez vous", ["operations", "location"], FR),
("en", "Staging point for tomorrow's takedown: 49°11'24\"N 122°50'59\"W, 0430 sharp team 💪", ["operations", "location"], EN),
("qc", "On est en planque au 2255 rue Ontario Est depuis 6h, le suspect devrait sortir bientôt 👀", ["operations", "location"], QP),
("fr", "📍 Gare du Nord — dispositif Vigipirate renforcé, on est 12 en civil sur le quai 3 jusqu'à minuit", ["operations", "location"], FR),
("qc", "Nouveau condo! 4520 rue Saint-Denis, H2J 2L3, venez pendre la crémaillère samedi 🥂", ["location", "personal-info"], QP),
("en", "Just moved in! Come visit at 87 Gilmour St, Ottawa K2P 0N3 🏠", ["location", "personal-info"], EN),
("en", "Our new address is 2210 Riverside Dr, Unit 5, Ottawa ON K1H 7X3 — update your Christmas card lists 🎄", ["location", "personal-info"], EN),
("fr", "On a trouvé la maison de nos rêves 😍 12 impasse des Lilas, 33600 Pessac, crémaillère le 15 !", ["location", "personal-info"], FR),
("qc", "Chez nous c'est au 128 rue des Érables, Gatineau J8Y 2P3, le party commence à 19h 🎉", ["location", "personal-info"], QC),
("fr", "Opé classée Secret Défense demain 5h sur Marseille, je peux rien dire mais regardez les infos 😎", ["confidential", "operations"], FR),
("en", "Protected B ops plan for Friday's operation at Lacolle is 40 pages, 0400 start, I'm on the north lane team", ["confidential", "operations"], EN),
("qc", "Grand-Duc c'est mardi 6h à Sherbrooke, tout le monde est prêt 🦉", ["confidential", "operations"], o(QP, terms=["Opération Grand-Duc", "Grand-Duc"])),
("fr", "Le gars qu'on a contrôlé ce soir, Kevin D., né le 12/04/1996, domicilié à Vaulx, 14 mentions au fichier. Ça s'invente pas 🤦", ["operations", "personal-info"], FR),
("en", "Interviewing our victim today, Jenny Park, 14, Grade 9 at Lisgar Collegiate. Poor kid. Charges coming.", ["operations", "personal-info"], EN),
("qc", "Enquête sur la disparition de Maïka Roy, 16 ans, de Val-d'Or, on fouille le secteur du lac demain 8h", ["operations", "personal-info"], QC),
("en", "ugh keep forgetting: jlee.work@example.com / pw Maple!Leafs2026 — writing it here so I don't lose it lol", ["confidential", "personal-info"], EN),
("fr", "Pour ceux qui ont pas l'accès : identifiant m.perrin@example.fr, mdp Marianne#2026, faites pas les cons avec", ["confidential", "personal-info"], FR),
("en", "We at Service Canada are committed to processing every EI claim within 28 days. That's a promise.", ["spokesperson", "employer"], EN),
("qc", "Je travaille à Revenu Québec pis je peux vous confirmer que les remboursements vont sortir la semaine prochaine", ["spokesperson", "employer"], QP),
("fr", "Chui gendarme et je vous le dis officiellement : la gendarmerie renforcera ses patrouilles sur le littoral tout l'été", ["spokesperson", "employer"], FR),
("qc", "Directeur du scrutin dans Taschereau ici : le vote par Internet c'est pas une bonne idée pis Élections Québec le fera jamais", ["spokesperson", "employer"], QE),
("en", "I work at IRCC and honestly the way management handled the backlog is embarrassing. Nobody listened to us.", ["employer", "criticism"], EN),
("qc", "Je travaille au ministère de la Santé pis la gestion de la campagne de vaccination, c'était n'importe quoi du début à la fin", ["employer", "criticism"], QP),
("fr", "Agent à la préfecture de Bobigny, et franchement l'organisation du service étrangers est un naufrage total, personne pilote rien", ["employer", "criticism"], FR),
("mix", "Policy analyst at ESDC, et I can tell you, nos directeurs ont zéro vision, that's the sad truth", ["employer", "criticism"], QC),
("qc", "Agent de protection de la faune en patrouille ce soir sur le lac Saint-Pierre, on attend les braconniers de dorés vers 2h 🎣", ["employer", "operations"], QP),
("en", "Border Services Officer here, we're running a blitz at the Ambassador Bridge tonight from 10pm to 6am. Drive safe folks", ["employer", "operations"], EN),
("qc", "Les caquistes sont une gang d'épais sans cervelle, votez pour n'importe qui d'autre", ["political", "harassment"], QP),
("en", "Conservative voters are all knuckle-dragging idiots. Vote NDP.", ["political", "harassment"], EN),
("fr", "Les électeurs du RN sont tous des beaufs racistes, votez à gauche bordel", ["political", "harassment"], FR),
("fr", "Interpellation en cours au 14 rue Victor-Hugo à Villeurbanne, la victime Mme Sandrine Morel, 42 ans, est prise en charge par les pompiers", ["operations", "location", "personal-info"], FR),
("qc", "Le ministère a décidé de couper les primes de région, pis c'est une décision complètement débile", ["spokesperson", "criticism"], QP),
("en", "Heads up: the department will cancel all telework agreements by September. Not announced yet. Worst decision in years.", ["spokesperson", "criticism"], EN),
("qc", "Agente au bureau du DS dans Laval-des-Rapides, pis j'vous dis, votez PQ 🔥", ["employer", "political"], QE),
("fr", "Policier depuis 15 ans, et je voterai RN parce que ça peut plus durer", ["employer", "political"], FR),
("en", "As a federal public servant at Health Canada, I'm telling you: don't vote Conservative", ["employer", "political"], EN),
("fr", "Adjointe administrative au ministère de l'Intérieur. Et tous les flics sont des ripoux, voilà.", ["employer", "harassment"], FR),
("qc", "Je travaille à Service Canada, si vous avez un problème avec votre dossier texte-moi direct au 819-555-0164", ["employer", "personal-info"], QC),
("en", "Client this morning, Mrs. Ana Ferreira, born 1949-07-21, SIN 526 621 388, and management wants us to close files like hers in 3 minutes. Disgraceful.", ["personal-info", "criticism"], EN),
("en", "The Protected B audit report says exactly what we've been saying: management has failed us for years", ["confidential", "criticism"], EN),
("fr", "Ce soir GAV pour un petit con de 17 ans, une vraie racaille, interpellé à 23h à la Part-Dieu", ["operations", "harassment"], FR),
("fr", "📍 Commissariat central de Lille — ma deuxième maison depuis 8 ans, officier de police et fier 💙", ["employer", "location"], FR),
("mix", "Je suis au Starbucks sur Sparks today pis le wifi password du bureau est encore Welcome123, même sur le réseau interne 😂", ["location", "confidential"], QC),
]


# ---------------------------------------------------------------- checks + export
def _luhn(d):
    t=0
    for i,x in enumerate(int(c) for c in d[::-1]):
        if i%2: x*=2; x=x-9 if x>9 else x
        t+=x
    return t%10==0

def _check(text):
    errs=[]
    # SIN: 3-3-3 digit groups or 9 consecutive digits
    for m in re.finditer(r"(?<![\d.])(\d{3})[ -](\d{3})[ -](\d{3})(?![\d.])", text):
        d="".join(m.groups())
        if d[0] in "08" or not _luhn(d): errs.append("bad SIN "+m.group())
    # payment cards: 13-19 digits possibly grouped by spaces
    for m in re.finditer(r"(?<![\dA-Z])(?:\d[ ]?){13,19}(?!\d)", text):
        d=re.sub(r"\D","",m.group())
        if text[max(0,m.start()-5):m.start()].strip().upper().startswith(("FR","DE","GB")): continue
        if len(d)==15 and d[0] in "12" and not d.startswith(("1","2")): pass
        if len(d)==15 and d[0] in "12" and ("NIR" in text or "sécu" in text):
            if int(d[13:])!=97-int(d[:13])%97: errs.append("bad NIR "+d)
            continue
        if 13<=len(d)<=19 and not _luhn(d): errs.append("bad card "+d)
    for m in re.finditer(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b", text):
        ib=m.group(1).replace(" ","")
        n="".join(str(int(c,36)) for c in ib[4:]+ib[:4])
        if int(n)%97!=1: errs.append("bad IBAN "+ib)
    for m in re.finditer(r"\b\d{3}[ .-]?555[ .-]?(\d{4})\b", text):
        if not m.group(1).startswith("01"): errs.append("bad NANP "+m.group())
    for m in re.finditer(r"\b0[67](?: ?\d\d){4}\b", text):
        if not re.sub(" ","",m.group()).startswith("063998"): errs.append("bad FR phone "+m.group())
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.[\w.]+)", text):
        if m.group(1) not in ("example.com","example.org","example.fr"): errs.append("bad email "+m.group())
    return errs

if __name__ == "__main__":
    import json, sys
    from collections import Counter
    CATS = ["confidential","operations","political","criticism","employer","location",
            "personal-info","harassment","spokesperson","official-language"]
    seen=set(); bad=0
    for v,t,e,op in POSTS:
        assert t not in seen, "duplicate: "+t; seen.add(t)
        assert e and all(c in CATS for c in e), e
        assert len(set(e))==len(e)
        for err in _check(t): print("CHECK:", err, "|", t); bad+=1
    assert not bad
    with open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)),"risky.jsonl"),"w",encoding="utf-8") as f:
        for v,t,e,op in POSTS:
            rec={"text":t,"expect":e}
            if op: rec["opts"]=op
            f.write(json.dumps(rec,ensure_ascii=False)+"\n")
    c=Counter(k for _,_,e,_ in POSTS for k in e)
    vc=Counter(v for v,_,_,_ in POSTS)
    print("posts:",len(POSTS),"multi-label:",sum(len(e)>1 for _,_,e,_ in POSTS))
    for k in CATS: print(f"  {k:18s} {c[k]}")
    print("voices:",dict(vc))
