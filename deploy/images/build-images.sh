#!/usr/bin/env bash
# Builds an OCI image tarball of every app with Jib (the root pom's "images" profile), from the working tree:
# no Docker daemon, no registry needed to build (only to pull the default base and to push).
#
#   deploy/images/build-images.sh                     base: the pinned public Java 17 runtime (root pom)
#   deploy/images/build-images.sh --base=local        base: the local Debian one (build-local-base.sh; no registry)
#   --base=tar:///path/base.tar | --base=REGISTRY/NAME:TAG@sha256:...   any other base, pinned by digest
#   --apps=intake-service,portal      only these (default: every module with <image.skip>false</image.skip>)
#   --version=1.2.0                   image tag and version label (default: the tag vX.Y.Z at HEAD, else the pom's)
#   --source=https://github.com/o/r   source label (default: the pom's)
#   --reproducible-check              then build every image again from the same build output: same digests?
#
# Per app: <app>/target/jib-image.tar (OCI image layout), jib-image.digest, sbom/bom.json. Summary, and the
# `images:` lines for a kustomize overlay: target/images/images.tsv, target/images/kustomize-images.yaml.
# The revision label is HEAD's commit (with "-dirty" when tracked files differ from it); every timestamp in
# the image is HEAD's commit time, so the same commit and base give the same image digest.
# Maven runs under /tmp/telerehab-mvn.lock, tests are not run (the README's test command does that).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

base=default
apps=
version=
source=
reproducible_check=0
for arg in "$@"; do
  case "$arg" in
    --base=*) base=${arg#*=} ;;
    --apps=*) apps=${arg#*=} ;;
    --version=*) version=${arg#*=} ;;
    --source=*) source=${arg#*=} ;;
    --reproducible-check) reproducible_check=1 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

if [[ -z $apps ]]; then
  # an app is a module that opts in (one property in its pom): a new service gets an image by adding that line
  apps=$(grep -l '<image.skip>false</image.skip>' */pom.xml | xargs -n1 dirname | sort | paste -sd, -)
fi
[[ -n $apps ]] || { echo "no module sets <image.skip>false</image.skip>" >&2; exit 1; }

props=()
case "$base" in
  default) ;;
  local)
    tarball=$("$root/deploy/images/build-local-base.sh")
    props+=("-Dimage.base=tar://$tarball" "-Dimage.base.name=local/debian12-openjdk17"
            "-Dimage.base.digest=$(python3 deploy/images/oci.py inspect "$tarball" | jq -r .configDigest)") ;;
  tar://*)
    props+=("-Dimage.base=$base" "-Dimage.base.name=local/$(basename "${base#tar://}" .tar)"
            "-Dimage.base.digest=$(python3 deploy/images/oci.py inspect "${base#tar://}" | jq -r .configDigest)") ;;
  *@sha256:*)
    props+=("-Dimage.base.name=${base%@*}" "-Dimage.base.digest=${base#*@}") ;;
  *) echo "--base must be default, local, tar://FILE or a reference pinned by digest (NAME@sha256:...)" >&2; exit 2 ;;
esac

revision=$(git rev-parse HEAD)
git diff --quiet HEAD -- || revision="$revision-dirty"
created=$(TZ=UTC git log -1 --format=%cd --date=format-local:%Y-%m-%dT%H:%M:%SZ)
if [[ -z $version ]]; then
  tag=$(git describe --tags --exact-match --match 'v[0-9]*' 2>/dev/null || true)
  version=${tag#v}
fi
props+=("-Dimage.revision=$revision" "-Dimage.created=$created")
[[ -n $version ]] && props+=("-Dimage.version=$version")
[[ -n $source ]] && props+=("-Dimage.source=$source")

echo "== images of $apps (revision $revision, created $created, base: $base)"
mvn_build() {
  flock /tmp/telerehab-mvn.lock ./mvnw -B -Pimages -Dmaven.test.skip=true -DskipPitest -pl "$apps" -am "${props[@]}" "$@"
}
# the Maven output goes outside target/, which the build cleans
log=$(mktemp /tmp/telerehab-build-images.XXXXXX.log)
# clean: an image holds exactly this build (Quarkus keeps an existing quarkus-app/lib between builds, and jars
# left by a build with other timestamps would end up in the image and its SBOM)
mvn_build clean verify >"$log" 2>&1 || { tail -60 "$log"; echo "build failed: $log" >&2; exit 1; }
mkdir -p target/images
mv "$log" target/images/build.log
log=target/images/build.log

summary=target/images/images.tsv
kustomize=target/images/kustomize-images.yaml
printf 'app\tdigest\ttarball\n' > "$summary"
echo "images:" > "$kustomize"
IFS=, read -ra app_list <<<"$apps"
for app in "${app_list[@]}"; do
  digest=$(cat "$app/target/jib-image.digest")
  printf '%s\t%s\t%s\n' "$app" "$digest" "$root/$app/target/jib-image.tar" >> "$summary"
  image=$(jq -r .image "$app/target/jib-image.json")
  printf '  - name: %s\n    newTag: %s\n    digest: %s\n' "${image%:*}" "${image##*:}" "$digest" >> "$kustomize"
done
column -t -s $'\t' "$summary" 2>/dev/null || cat "$summary"

if [[ $reproducible_check == 1 ]]; then
  echo "== again from the same build output (SBOM and image only; quarkus:build skipped)"
  for app in "${app_list[@]}"; do cp "$app/target/jib-image.digest" "$app/target/jib-image.digest.first"; done
  mvn_build -Dquarkus.build.skip=true verify >"$log.again" 2>&1 || { tail -60 "$log.again"; exit 1; }
  differ=0
  for app in "${app_list[@]}"; do
    first=$(cat "$app/target/jib-image.digest.first"); second=$(cat "$app/target/jib-image.digest")
    if [[ $first == "$second" ]]; then echo "   $app: same digest $second"; else echo "   $app: DIFFERENT $first / $second"; differ=1; fi
    rm -f "$app/target/jib-image.digest.first"
  done
  [[ $differ == 0 ]] || { echo "images are not reproducible" >&2; exit 1; }
fi
echo "kustomize images: $kustomize; check them: sudo deploy/images/check-images.sh --expect-revision=$revision"
