#!/usr/bin/env python3
"""Draws the seeded library's illustrations: for each exercise a line drawing of a simple figure in the start and
the end position, side by side, as SVG (program-service/src/main/resources/illustrations/<exercise id>.svg).

Made for the project, from nothing but the geometry below: each position is a figure given by where its hip is and
the direction of its trunk and limbs (degrees: 0 points down, 90 forward, 180 up, -90 back). Run it again after
changing a pose; the files it writes are committed.
"""
import math
import os
import sys

OUT = os.path.join(os.path.dirname(__file__), '..', 'program-service', 'src', 'main', 'resources', 'illustrations')
W, H, GROUND = 220, 160, 146
TORSO, NECK, HEAD_R, UPPER_ARM, FOREARM, THIGH, SHIN = 46, 5, 9, 22, 20, 28, 28
NEAR, FAR, PROP = '#1f2933', '#8a96a3', '#52606d'


def at(p, angle, length):
    a = math.radians(angle)
    return (p[0] + length * math.sin(a), p[1] + length * math.cos(a))


def line(a, b, colour=NEAR, width=5):
    return ('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%s" '
            'stroke-linecap="round"/>' % (a[0], a[1], b[0], b[1], colour, width))


def figure(hip, torso=180, arms=((0, 0), (0, 0)), legs=((0, 0), (0, 0)), bend=0, head=None):
    """A figure: arms and legs are (near, far) pairs of (upper, lower) segment directions."""
    shoulder = at(hip, torso, TORSO)
    parts = []
    for i, colour in ((1, FAR), (0, NEAR)):
        knee = at(hip, legs[i][0], THIGH)
        parts += [line(hip, knee, colour), line(knee, at(knee, legs[i][1], SHIN), colour)]
        elbow = at(shoulder, arms[i][0], UPPER_ARM)
        parts += [line(shoulder, elbow, colour, 4), line(elbow, at(elbow, arms[i][1], FOREARM), colour, 4)]
        if i == 1:
            # the trunk, between the far and the near limbs; bent: a curve bulging to the figure's back (+) or front (-)
            mid = ((hip[0] + shoulder[0]) / 2, (hip[1] + shoulder[1]) / 2)
            ctrl = at(mid, torso - 90, bend)
            parts.append('<path d="M%.1f %.1f Q%.1f %.1f %.1f %.1f" fill="none" stroke="%s" stroke-width="6" '
                         'stroke-linecap="round"/>' % (hip[0], hip[1], ctrl[0], ctrl[1], shoulder[0], shoulder[1],
                                                      NEAR))
    centre = at(shoulder, torso if head is None else head, NECK + HEAD_R)
    parts.append('<circle cx="%.1f" cy="%.1f" r="%s" fill="#fff" stroke="%s" stroke-width="4"/>'
                 % (centre[0], centre[1], HEAD_R, NEAR))
    return parts


def prop_line(a, b, width=4):
    return line(a, b, PROP, width)


def rect(x, y, w, h):
    return ('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="3" fill="none" stroke="%s" stroke-width="3"/>'
            % (x, y, w, h, PROP))


def circle(x, y, r, fill='none'):
    return '<circle cx="%.1f" cy="%.1f" r="%s" fill="%s" stroke="%s" stroke-width="3"/>' % (x, y, r, fill, PROP)


def arrow(a, b):
    return ('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#0b6e4f" stroke-width="2.5" '
            'marker-end="url(#arrow)"/>' % (a[0], a[1], b[0], b[1]))


# frequent positions ---------------------------------------------------------------------------------------------
STAND_HIP = (110, GROUND - 56)
LIE_HIP = (128, GROUND - 6)


def standing(**kw):
    return figure(STAND_HIP, **kw)


def supine(legs=((150, 25), (150, 25)), arms=((95, 90), (95, 90)), hip=LIE_HIP, **kw):
    return figure(hip, torso=-90, arms=arms, legs=legs, head=-90, **kw)


def quadruped(arms=((0, 0), (0, 0)), legs=((0, 90), (0, 90)), bend=0, head=-90):
    return figure((130, GROUND - 28), torso=-90, arms=arms, legs=legs, bend=bend, head=head)


def seated_floor(torso=180, arms=((40, 60), (40, 60)), head=None):
    return figure((90, GROUND - 6), torso=torso, arms=arms, legs=((90, 90), (90, 90)), head=head)


def chair():
    return [prop_line((80, GROUND - 28), (122, GROUND - 28)), prop_line((84, GROUND - 28), (84, GROUND)),
            prop_line((118, GROUND - 28), (118, GROUND)), prop_line((80, GROUND - 28), (80, GROUND - 70))]


def seated_chair(torso=180, legs=((90, 0), (90, 0)), arms=((0, 60), (0, 60)), head=None):
    return chair() + figure((98, GROUND - 32), torso=torso, arms=arms, legs=legs, head=head)


def wall(x=60):
    return [prop_line((x, 10), (x, GROUND), 3)]


def dowel(hip, torso):
    back = at(hip, torso - 90, 6)
    return [line(at(back, torso + 180, 10), at(back, torso, TORSO + 26), '#b7791f', 3)]


# the library: exercise number -> (start, end) -------------------------------------------------------------------
def poses():
    hinge_t = 118
    hinge_hip = (95, GROUND - 52)
    return {
        1: (dowel(STAND_HIP, 180) + standing(arms=((-20, 160), (20, 160))),
            dowel(hinge_hip, hinge_t) + figure(hinge_hip, torso=hinge_t, arms=((-10, 120), (20, 120)),
                                               legs=((14, -8), (14, -8)))),
        2: ([rect(35, GROUND - 16, 40, 16)] + figure((105, GROUND - 56), legs=((25, 0), (-40, -70)),
                                                     arms=((10, 40), (10, 40))),
            [rect(35, GROUND - 16, 40, 16)] + figure((100, GROUND - 40), torso=172, legs=((60, -5), (-45, -90)),
                                                     arms=((10, 40), (10, 40))) + [arrow((120, 40), (135, 52))]),
        3: (supine(legs=((180, 90), (180, 90)), arms=((180, 180), (180, 180))),
            supine(legs=((180, 90), (105, 100)), arms=((-120, -110), (180, 180))) + [arrow((40, 70), (25, 95))]),
        4: (quadruped(),
            quadruped(arms=((-90, -90), (0, 0)), legs=((0, 90), (90, 90))) + [arrow((175, 110), (195, 110))]),
        5: (figure((130, GROUND - 8), torso=-88, arms=((0, -90), (30, -60)), legs=((100, 0), (100, 0)), head=-88),
            figure((130, GROUND - 26), torso=-70, arms=((-20, -90), (180, 180)), legs=((110, 10), (110, 10)),
                   head=-70) + [arrow((135, 130), (135, 108))]),
        6: (supine(), supine(hip=(128, GROUND - 26), legs=((115, 5), (115, 5))) + [arrow((128, 120), (128, 96))]),
        7: (supine(legs=((150, 25), (120, 95))),
            supine(hip=(128, GROUND - 24), legs=((115, 5), (110, 100))) + [arrow((128, 120), (128, 98))]),
        8: (supine(legs=((150, 25), (100, 95))),
            figure(LIE_HIP, torso=-80, legs=((150, 25), (100, 95)), arms=((95, 90), (95, 90)), head=-75)
            + [arrow((70, 110), (70, 96))]),
        # seen from the front, back against the wall: goal-post arms slide up
        9: (figure((110, GROUND - 56), legs=((8, 0), (-8, 0)), arms=((95, 180), (-95, 180))),
            figure((110, GROUND - 56), legs=((8, 0), (-8, 0)), arms=((150, 170), (-150, -170)))
            + [arrow((150, 50), (150, 28)), arrow((70, 50), (70, 28))]),
        10: ([circle(80, GROUND - 10, 10)] + supine(arms=((-150, 20), (-150, 20))),
             [circle(80, GROUND - 10, 10)] + figure(LIE_HIP, torso=-95, bend=-10, legs=((150, 25), (150, 25)),
                                                    arms=((-150, 20), (-150, 20)), head=-60)),
        11: (quadruped(bend=12, head=-30), quadruped(bend=-12, head=-130)),
        12: (seated_chair(head=155), seated_chair(head=180) + [arrow((125, 40), (110, 40))]),
        13: (quadruped(), figure((150, GROUND - 20), torso=-95, arms=((-90, -90), (-90, -90)),
                                 legs=((-50, 90), (-50, 90)), head=-100)),
        14: (supine(), supine(legs=((-150, 100), (150, 25)), arms=((150, 110), (150, 110)))),
        15: (seated_floor(), seated_floor(torso=118, arms=((100, 95), (100, 95)), head=110)),
        16: (quadruped(), figure((120, GROUND - 26), torso=165, arms=((20, 0), (-20, 0)), legs=((70, -80), (-85, -90)),
                                 head=170)),
        17: (figure((110, GROUND - 38), torso=150, arms=((20, 10), (20, 10)), legs=((80, 0), (-60, -90))),
             figure((110, GROUND - 26), torso=120, arms=((40, 5), (40, 5)), legs=((85, 0), (-70, -92)), head=120)),
        18: (figure((105, GROUND - 30), torso=180, arms=((0, 30), (0, 30)), legs=((90, 0), (0, -90))),
             figure((115, GROUND - 28), torso=185, arms=((0, 30), (0, 30)), legs=((70, 0), (-30, -90)))
             + [arrow((90, 100), (105, 100))]),
        19: (supine(legs=((160, 200), (160, 200)), arms=((150, 170), (150, 170))),
             supine(legs=((190, 130), (170, 110)), arms=((150, 160), (150, 160)))),
        20: (supine(), supine(legs=((150, 25), (110, -150)), arms=((160, 120), (160, 120)))),
        21: (seated_chair(legs=((90, 0), (90, 0)), head=140),
             seated_chair(legs=((90, 80), (90, 0)), head=200) + [arrow((160, 118), (170, 100))]),
        22: ([prop_line((150, 10), (150, GROUND), 3)] + standing(arms=((170, 90), (0, 0))),
             [prop_line((150, 10), (150, GROUND), 3)] + figure((125, GROUND - 56), torso=178, legs=((20, 0), (-15, 0)),
                                                                arms=((150, 90), (0, 0)))),
        # seen from the front: the ear tips towards the shoulder
        23: (standing(legs=((8, 0), (-8, 0)), arms=((10, 0), (-10, 0))),
             standing(legs=((8, 0), (-8, 0)), arms=((10, 0), (-10, 0)), head=140) + [arrow((128, 20), (140, 32))]),
        24: (supine(), supine() + [arrow((120, 105), (120, 122)), arrow((92, 105), (92, 122))]),
        25: (figure((120, GROUND - 8), torso=-90, arms=((90, 90), (90, 90)), legs=((150, 25), (150, 25)), head=-90),
             figure((120, GROUND - 8), torso=-90, arms=((90, 90), (-90, -90)), legs=((150, 25), (150, 25)), head=-90)
             + [arrow((95, 105), (60, 110))]),
        26: (wall(150) + standing(arms=((100, 100), (100, 100)), legs=((0, 0), (-35, -20))),
             wall(150) + standing(arms=((100, 100), (100, 100)), legs=((0, 0), (60, 20))) + [arrow((90, 120), (135, 120))]),
        27: (standing(arms=((0, 0), (0, 0))) + [circle(112, GROUND - 60, 7, PROP)],
             figure(hinge_hip, torso=hinge_t, arms=((-5, 0), (-5, 0)), legs=((14, -8), (14, -8)))
             + [circle(130, GROUND - 22, 7, PROP)]),
        28: ([prop_line((200, GROUND - 80), (200, GROUND - 70), 6), prop_line((200, GROUND - 75), (150, GROUND - 80), 2)]
             + standing(arms=((90, 90), (90, 90))),
             [prop_line((200, GROUND - 80), (200, GROUND - 70), 6), prop_line((200, GROUND - 75), (135, GROUND - 86), 2)]
             + standing(arms=((-40, 90), (-40, 90))) + [arrow((100, 60), (85, 60))]),
        29: (standing(arms=((0, 0), (0, 0))) + [rect(104, GROUND - 56, 14, 16)],
             figure(STAND_HIP, legs=((20, 0), (-20, 0)), arms=((0, 0), (10, 0))) + [rect(104, GROUND - 56, 14, 16)]
             + [arrow((140, 60), (170, 60))]),
        30: (figure((130, GROUND - 8), torso=-88, arms=((0, -90), (30, -60)), legs=((90, 90), (90, 90)), head=-88),
             figure((130, GROUND - 30), torso=-72, arms=((-18, -90), (180, 180)), legs=((108, 108), (108, 108)),
                    head=-72) + [arrow((140, 130), (140, 106))]),
    }


def svg(title, start, end):
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-labelledby="t">' % (2 * W, H + 20),
           '<title id="t">%s: start and end position</title>' % title,
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" '
           'orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#0b6e4f"/></marker></defs>',
           '<rect width="100%" height="100%" fill="#fff"/>']
    for i, (label, parts) in enumerate((('Start', start), ('End', end))):
        out.append('<g transform="translate(%d 0)">' % (i * W))
        out.append('<line x1="8" y1="%d" x2="%d" y2="%d" stroke="#cbd2d9" stroke-width="3"/>' % (GROUND + 1, W - 8, GROUND + 1))
        out += parts
        out.append('<text x="%d" y="%d" text-anchor="middle" font-family="sans-serif" font-size="14" fill="#1f2933">'
                   '%s</text>' % (W // 2, H + 14, label))
        out.append('</g>')
    out.append('<line x1="%d" y1="10" x2="%d" y2="%d" stroke="#e4e7eb" stroke-width="2"/>' % (W, W, H + 10))
    out.append('</svg>')
    return '\n'.join(out) + '\n'


NAMES = {}


def main():
    seed = os.path.join(os.path.dirname(__file__), '..', 'program-service', 'src', 'main', 'resources', 'db',
                        'migration', 'V2__seed_exercises_and_templates.sql')
    for row in open(seed, encoding='utf-8'):
        if row.startswith('-- ') and row[3:5].isdigit():
            NAMES[int(row[3:5])] = row[6:].strip()
    os.makedirs(OUT, exist_ok=True)
    for number, (start, end) in sorted(poses().items()):
        name = '5eed0e00-0000-4000-8000-0000000000%02d.svg' % number
        title = NAMES[number].replace('&', '&amp;').replace('<', '&lt;')
        with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
            f.write(svg(title, start, end))
    print('wrote %d illustrations to %s' % (len(poses()), os.path.normpath(OUT)), file=sys.stderr)


if __name__ == '__main__':
    main()
