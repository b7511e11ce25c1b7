#!/usr/bin/env python3
"""Small image-tarball tool for the scripts in deploy/images (Python 3.9+ standard library and GNU tar only).

  oci.py pack-base ROOTFS OUT [--env K=V]... [--label K=V]... [--history TEXT]
      packs a root filesystem as a one-layer image tarball in `docker save` layout (what Jib reads through
      tar://), deterministically: sorted entries, numeric owners, no access/change times, gzip without a name
      or time.
  oci.py inspect TARBALL
      prints, as JSON, what an image tarball holds: its manifest digest (the digest a registry will show after
      a push), config and layers. Reads the OCI image layout Jib writes (index.json) and `docker save` layout.
  oci.py unpack TARBALL DEST
      applies the layers in order onto DEST, honouring whiteouts, keeping owners and modes (run as root).
  oci.py verify-config TARBALL [--expect-revision SHA]
      checks what deploy/ relies on: uid 185, an exec-form java entrypoint, one exposed port, the OCI labels.
  oci.py exec TARBALL ROOTFS [--env K=V]...
      what a container runtime does last: chroot into ROOTFS, change to the image's working directory, become the
      image's user (no supplementary groups, no capabilities, no new privileges) and exec its entrypoint + cmd with
      the image's environment plus --env (the Deployment's env). Mounts are the caller's business.
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for chunk in iter(lambda: f.read(1 << 20), b''):
            h.update(chunk)
    return 'sha256:' + h.hexdigest()


def sha256_bytes(data):
    return 'sha256:' + hashlib.sha256(data).hexdigest()


# --- pack-base ---

def pack_base(args):
    rootfs = os.path.abspath(args.rootfs)
    work = tempfile.mkdtemp(prefix='pack-base-', dir=os.path.dirname(os.path.abspath(args.out)))
    try:
        layer_tar = os.path.join(work, 'layer.tar')
        entries = sorted(os.listdir(rootfs))
        # one fixed time for every entry: the same root filesystem always gives the same layer
        epoch = os.environ.get('SOURCE_DATE_EPOCH', '0')
        subprocess.run(['tar', '--sort=name', '--numeric-owner', '--format=posix', '--xattrs',
                        '--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime',
                        '--mtime=@' + epoch, '-C', rootfs, '-cf', layer_tar, '--'] + entries, check=True)
        diff_id = sha256_file(layer_tar)
        layer_gz = os.path.join(work, 'layer.tar.gz')
        with open(layer_gz, 'wb') as out:
            subprocess.run(['gzip', '-n', '-6', '-c', layer_tar], stdout=out, check=True)
        os.remove(layer_tar)
        layer_digest = sha256_file(layer_gz)

        created = '1970-01-01T00:00:00Z'
        config = {
            'architecture': 'amd64',
            'os': 'linux',
            'created': created,
            'config': {
                'Env': args.env,
                'Labels': dict(kv.split('=', 1) for kv in args.label),
            },
            'rootfs': {'type': 'layers', 'diff_ids': [diff_id]},
            'history': [{'created': created, 'created_by': args.history or 'oci.py pack-base'}],
        }
        config_bytes = json.dumps(config, sort_keys=True, separators=(',', ':')).encode()
        config_name = sha256_bytes(config_bytes).split(':')[1] + '.json'
        layer_name = layer_digest.split(':')[1] + '.tar.gz'
        manifest = [{'Config': config_name, 'RepoTags': ['telerehab/local-base:latest'], 'Layers': [layer_name]}]

        with tarfile.open(args.out, 'w', format=tarfile.PAX_FORMAT) as tar:
            def add_bytes(name, data):
                info = tarfile.TarInfo(name)
                info.size = len(data)
                info.mtime = 0
                info.mode = 0o644
                tar.addfile(info, io.BytesIO(data))
            add_bytes(config_name, config_bytes)
            info = tar.gettarinfo(layer_gz, arcname=layer_name)
            info.mtime, info.uid, info.gid, info.uname, info.gname, info.mode = 0, 0, 0, '', '', 0o644
            with open(layer_gz, 'rb') as f:
                tar.addfile(info, f)
            add_bytes('manifest.json', json.dumps(manifest).encode())
        print(json.dumps({'config': sha256_bytes(config_bytes), 'layer': layer_digest, 'diff_id': diff_id}))
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --- reading a tarball ---

class ImageTarball:
    """An image tarball: OCI image layout (index.json + blobs/) or `docker save` layout (manifest.json)."""

    def __init__(self, path):
        self.path = path
        self.tar = tarfile.open(path, 'r:')
        self.names = {(m.name[2:] if m.name.startswith('./') else m.name): m for m in self.tar.getmembers()}
        if 'index.json' in self.names:
            self.layout = 'oci'
            index = json.loads(self._read('index.json'))
            descriptor = index['manifests'][0]
            self.manifest_digest = descriptor['digest']
            self.manifest_bytes = self._read(self._blob(self.manifest_digest))
            if sha256_bytes(self.manifest_bytes) != self.manifest_digest:
                raise ValueError('manifest does not match its digest ' + self.manifest_digest)
            self.manifest = json.loads(self.manifest_bytes)
            self.config_digest = self.manifest['config']['digest']
            self.config = json.loads(self._read(self._blob(self.config_digest)))
            self.layers = [{'digest': l['digest'], 'size': l['size'], 'mediaType': l['mediaType'],
                            'file': self._blob(l['digest'])} for l in self.manifest['layers']]
        elif 'manifest.json' in self.names:
            self.layout = 'docker'
            entry = json.loads(self._read('manifest.json'))[0]
            config_bytes = self._read(entry['Config'])
            self.config_digest = sha256_bytes(config_bytes)
            self.config = json.loads(config_bytes)
            self.manifest_digest = None  # a registry computes it on push
            self.manifest = None
            self.layers = [{'digest': None, 'size': self.names[f].size, 'mediaType': None, 'file': f}
                           for f in entry['Layers']]
        else:
            raise ValueError(path + ' is neither an OCI image layout nor a docker save tarball')

    @staticmethod
    def _blob(digest):
        algorithm, hexdigest = digest.split(':')
        return 'blobs/%s/%s' % (algorithm, hexdigest)

    def _read(self, name):
        return self.tar.extractfile(self.names[name]).read()

    def layer_stream(self, layer):
        raw = self.tar.extractfile(self.names[layer['file']])
        head = raw.peek(2)[:2] if hasattr(raw, 'peek') else b''
        if head == b'\x1f\x8b' or (layer['mediaType'] or '').endswith('gzip'):
            return gzip.GzipFile(fileobj=raw)
        return raw

    def summary(self):
        c = self.config.get('config', {})
        return {
            'file': self.path,
            'layout': self.layout,
            'fileBytes': os.path.getsize(self.path),
            'manifestDigest': self.manifest_digest,
            'configDigest': self.config_digest,
            'layers': len(self.layers),
            'layerBytes': sum(l['size'] for l in self.layers),
            'created': self.config.get('created'),
            'architecture': self.config.get('architecture'),
            'os': self.config.get('os'),
            'user': c.get('User'),
            'entrypoint': c.get('Entrypoint'),
            'cmd': c.get('Cmd'),
            'workingDir': c.get('WorkingDir'),
            'env': c.get('Env') or [],
            'exposedPorts': sorted((c.get('ExposedPorts') or {}).keys()),
            'labels': c.get('Labels') or {},
            'history': [h.get('created_by', h.get('comment', '')) for h in self.config.get('history', [])],
        }


def inspect(args):
    print(json.dumps(ImageTarball(args.tarball).summary(), indent=2, sort_keys=True))


# --- unpack ---

def _remove(path):
    if os.path.islink(path) or os.path.isfile(path):
        os.remove(path)
    elif os.path.isdir(path):
        shutil.rmtree(path)


def unpack(args):
    image = ImageTarball(args.tarball)
    dest = os.path.abspath(args.dest)
    os.makedirs(dest, exist_ok=True)
    for layer in image.layers:
        with tempfile.NamedTemporaryFile(prefix='layer-', suffix='.tar', dir=os.path.dirname(dest)) as plain:
            shutil.copyfileobj(image.layer_stream(layer), plain)
            plain.flush()
            # whiteouts first (they remove what lower layers put there), then the layer's own files
            with tarfile.open(plain.name, 'r:') as t:
                for member in t.getmembers():
                    name = os.path.normpath(member.name.lstrip('/'))
                    if name.startswith('..'):
                        raise ValueError('layer entry outside the root: ' + member.name)
                    directory, base = os.path.split(name)
                    if base == '.wh..wh..opq':
                        target = os.path.join(dest, directory)
                        if os.path.isdir(target) and not os.path.islink(target):
                            for child in os.listdir(target):
                                _remove(os.path.join(target, child))
                    elif base.startswith('.wh.'):
                        _remove(os.path.join(dest, directory, base[4:]))
            subprocess.run(['tar', '-xf', plain.name, '-C', dest, '--numeric-owner', '--same-permissions',
                            '--same-owner', '--xattrs', '--warning=no-unknown-keyword', '--exclude=.wh.*'], check=True)
    print(dest)


# --- verify-config ---

REQUIRED_LABELS = ['org.opencontainers.image.title', 'org.opencontainers.image.version',
                   'org.opencontainers.image.revision', 'org.opencontainers.image.source',
                   'org.opencontainers.image.created', 'org.opencontainers.image.base.name',
                   'org.opencontainers.image.base.digest']


def verify_config(args):
    s = ImageTarball(args.tarball).summary()
    labels = s['labels']
    entrypoint = s['entrypoint'] or []
    revision = labels.get('org.opencontainers.image.revision', '')
    checks = [
        ('OCI image layout with a manifest digest', s['layout'] == 'oci' and bool(s['manifestDigest'])),
        ('linux/amd64', (s['os'], s['architecture']) == ('linux', 'amd64')),
        ('user is uid 185 (deploy/: runAsUser 185)', (s['user'] or '').split(':')[0] == '185'),
        ('exec-form entrypoint: java -jar /deployments/quarkus-run.jar',
         entrypoint[:1] == ['java'] and entrypoint[-2:] == ['-jar', '/deployments/quarkus-run.jar']),
        ('working directory /deployments', s['workingDir'] == '/deployments'),
        ('exactly one exposed TCP port', len(s['exposedPorts']) == 1 and s['exposedPorts'][0].endswith('/tcp')),
        ('labels ' + ', '.join(l.split('.')[-1] if 'base' not in l else 'base.' + l.split('.')[-1]
                               for l in REQUIRED_LABELS), all(labels.get(l) for l in REQUIRED_LABELS)),
        ('revision label is a git commit', len(revision.replace('-dirty', '')) == 40
         and all(c in '0123456789abcdef' for c in revision.replace('-dirty', ''))),
        ('created = the created label (a fixed time, not the build time)',
         s['created'] is not None and s['created'].replace('.000Z', 'Z') == labels.get('org.opencontainers.image.created')),
    ]
    if args.expect_revision:
        checks.append(('revision label = ' + args.expect_revision, revision == args.expect_revision))
    failed = 0
    for what, ok in checks:
        print(('  ok    ' if ok else '  FAIL  ') + what)
        failed += 0 if ok else 1
    return 1 if failed else 0


# --- exec ---

def exec_image(args):
    import ctypes
    config = ImageTarball(args.tarball).config.get('config', {})
    env = {}
    for kv in (config.get('Env') or []) + args.env:
        key, _, value = kv.partition('=')
        env[key] = value
    command = (config.get('Entrypoint') or []) + (config.get('Cmd') or [])
    user, _, group = (config.get('User') or '0').partition(':')
    uid, gid = int(user), int(group or user)
    os.chroot(args.rootfs)
    os.chdir(config.get('WorkingDir') or '/')
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)  # from root to another uid: the kernel clears every capability
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS, as allowPrivilegeEscalation: false
        raise OSError(ctypes.get_errno(), 'prctl(PR_SET_NO_NEW_PRIVS)')
    os.execvpe(command[0], command, env)  # PATH from the image's environment, searched inside the new root


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest='command', required=True)
    p = sub.add_parser('pack-base')
    p.add_argument('rootfs')
    p.add_argument('out')
    p.add_argument('--env', action='append', default=[])
    p.add_argument('--label', action='append', default=[])
    p.add_argument('--history')
    p.set_defaults(func=pack_base)
    p = sub.add_parser('inspect')
    p.add_argument('tarball')
    p.set_defaults(func=inspect)
    p = sub.add_parser('unpack')
    p.add_argument('tarball')
    p.add_argument('dest')
    p.set_defaults(func=unpack)
    p = sub.add_parser('verify-config')
    p.add_argument('tarball')
    p.add_argument('--expect-revision')
    p.set_defaults(func=verify_config)
    p = sub.add_parser('exec')
    p.add_argument('tarball')
    p.add_argument('rootfs')
    p.add_argument('--env', action='append', default=[])
    p.set_defaults(func=exec_image)
    args = parser.parse_args()
    return args.func(args)


if __name__ == '__main__':
    sys.exit(main())
