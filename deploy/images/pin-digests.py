#!/usr/bin/env python3
"""Pins image digests into a kustomize overlay's `images:` list (what `kustomize edit set image NAME:TAG@DIGEST`
does, without kustomize, keeping the file's comments and layout).

  deploy/images/pin-digests.py OVERLAY_DIR target/images/kustomize-images.yaml
  deploy/images/pin-digests.py OVERLAY_DIR ghcr.io/telerehab/portal:1.2.0@sha256:... [...]

Each entry must already be in the overlay's `images:` (an image the overlay does not list is an error, so a typo
cannot add a pin nothing uses). Its newTag and digest lines are replaced, other lines kept.
"""
import re
import sys

DIGEST = re.compile(r'^sha256:[0-9a-f]{64}$')


def pins_from(args):
    pins = {}
    if len(args) == 1 and args[0].endswith(('.yaml', '.yml')):
        # the file build-images.sh writes: "  - name: N" / "    newTag: T" / "    digest: D"
        name = None
        for line in open(args[0]):
            key, _, value = line.strip().lstrip('- ').partition(': ')
            if key == 'name':
                name = value
                pins[name] = {}
            elif key in ('newTag', 'digest') and name:
                pins[name][key] = value
    else:
        for ref in args:
            name_tag, _, digest = ref.partition('@')
            name, tag = name_tag, None
            if ':' in name_tag.rsplit('/', 1)[-1]:
                name, tag = name_tag.rsplit(':', 1)
            pins[name] = {'digest': digest, **({'newTag': tag} if tag else {})}
    for name, pin in pins.items():
        if not DIGEST.match(pin.get('digest', '')):
            sys.exit('%s: not a sha256 digest: %r' % (name, pin.get('digest')))
    return pins


def pin(kustomization, pins):
    lines = open(kustomization).read().split('\n')
    out = []
    seen = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r'^(\s*)- name: (\S+)\s*$', line)
        if m and m.group(2) in pins:
            indent, name = m.group(1) + '  ', m.group(2)
            out.append(line)
            i += 1
            entry = []
            while i < len(lines) and lines[i].startswith(indent) and not lines[i].lstrip().startswith('- '):
                entry.append(lines[i])
                i += 1
            kept = [l for l in entry if l.strip().split(':')[0] not in ('newTag', 'digest', 'newName')]
            newname = [l for l in entry if l.strip().startswith('newName:')]
            tag = pins[name].get('newTag') or next(
                (l.split(':', 1)[1].strip() for l in entry if l.strip().startswith('newTag:')), None)
            out.extend(newname)
            if tag:
                out.append('%snewTag: %s' % (indent, tag))
            out.append('%sdigest: %s' % (indent, pins[name]['digest']))
            out.extend(kept)
            seen.add(name)
            continue
        out.append(line)
        i += 1
    missing = sorted(set(pins) - seen)
    if missing:
        sys.exit('%s lists no image %s under images:' % (kustomization, ', '.join(missing)))
    with open(kustomization, 'w') as f:
        f.write('\n'.join(out))
    for name in sorted(seen):
        print('%s: %s%s@%s' % (kustomization, name, ':' + pins[name]['newTag'] if pins[name].get('newTag') else '',
                               pins[name]['digest']))


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    overlay = sys.argv[1].rstrip('/')
    pin(overlay + '/kustomization.yaml', pins_from(sys.argv[2:]))
