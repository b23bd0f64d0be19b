# Makefile — build, install and package Alue as Debian-like systems expect, over SwiftPM.
#
#   make                                  release build (swift build -c release)
#   make install PREFIX=/usr DESTDIR=/tmp/stage   (or, after make: sudo make install PREFIX=/usr)
#   make deb                              a Debian package from the same install (dpkg-deb)
#   make uninstall PREFIX=/usr
#
# Layout (PREFIX=/usr): /usr/bin/aluectl; /usr/sbin/alued (a system daemon, as sshd or cron);
# /usr/lib/alue/libPluginAPI.so (private to Alue, shared by alued, aluectl and every plugin);
# /usr/lib/alue/plugins/lib<Area>.so; /usr/share/alue (data); /etc/alue/alued.json (conffile);
# units, sysusers, man pages, bash and zsh completions, docs. The binaries find libPluginAPI.so
# through their RUNPATH ($ORIGIN/../lib/alue, plugins $ORIGIN/.., set in Package.swift) and the
# Swift runtime where the toolchain they were built with keeps it.

PREFIX       ?= /usr/local
SYSCONFDIR   ?= /etc
DESTDIR      ?=
BINDIR        = $(PREFIX)/bin
SBINDIR       = $(PREFIX)/sbin
LIBDIR        = $(PREFIX)/lib/alue
PLUGINDIR     = $(LIBDIR)/plugins
DATADIR       = $(PREFIX)/share/alue
MANDIR        = $(PREFIX)/share/man
DOCDIR        = $(PREFIX)/share/doc/alue
UNITDIR       = $(PREFIX)/lib/systemd/system
SYSUSERSDIR   = $(PREFIX)/lib/sysusers.d
BASHCOMPDIR   = $(PREFIX)/share/bash-completion/completions
# Debian's zsh reads packaged completions from vendor-completions, local ones from site-functions.
ZSHCOMPDIR    = $(PREFIX)/share/zsh/$(if $(filter /usr,$(PREFIX)),vendor-completions,site-functions)
CONFDIR       = $(SYSCONFDIR)/alue

SWIFT         ?= swift
CONFIGURATION ?= release
# The region plugins installed and listed in the installed config (the Template is for authors).
PLUGINS        = PaijatHame TyoHame Oulu
MANPAGES       = aluectl.1 alued.json.5 alued.8
# The one version constant, shared by alued and aluectl.
VERSION       := $(shell sed -n 's/^ *public static let version = "\(.*\)"/\1/p' Sources/Daemon/Wire/AlueVersion.swift)

# The products to install: `make install` builds first, unless .build belongs to another user —
# `make && sudo make install` installs what `make` built instead of building again as root into the
# user's .build (where swift may not even be on root's PATH). BUILD_DIR=DIR installs products built
# already (a packaging step that has built, or the install test reusing `swift test`'s build).
ifeq ($(origin BUILD_DIR),undefined)
BUILD_DIR     := .build/$(CONFIGURATION)
ifeq ($(shell stat -c %u .build 2>/dev/null || id -u),$(shell id -u))
BUILD_FIRST   := build
endif
endif

# systemd 252 and older (Debian 12, RHEL 9) do not know Type=notify-reload: for them the unit gets
# the drop-in that says Type=notify. Detected on this machine; override with SYSTEMD_VERSION=N.
SYSTEMD_VERSION ?= $(shell systemctl --version 2>/dev/null | sed -n '1s/^systemd \([0-9]*\).*/\1/p')

.PHONY: all build install uninstall deb clean

all: build

build:
	$(SWIFT) build -c $(CONFIGURATION)

install: $(BUILD_FIRST)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SBINDIR) $(DESTDIR)$(PLUGINDIR) $(DESTDIR)$(DATADIR) \
	    $(DESTDIR)$(CONFDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) \
	    $(DESTDIR)$(DOCDIR)
	install -m 0755 $(BUILD_DIR)/aluectl $(DESTDIR)$(BINDIR)/aluectl
	install -m 0755 $(BUILD_DIR)/alued $(DESTDIR)$(SBINDIR)/alued
	install -m 0644 $(BUILD_DIR)/libPluginAPI.so $(DESTDIR)$(LIBDIR)/libPluginAPI.so
	for plugin in $(PLUGINS); do install -m 0644 $(BUILD_DIR)/lib$$plugin.so $(DESTDIR)$(PLUGINDIR)/; done
	# Data: everything in config/data except the Template's, which no installed plugin reads.
	cd config/data && find . -path ./template -prune -o -type d -exec install -d $(abspath $(DESTDIR))$(DATADIR)/{} \;
	cd config/data && find . -path ./template -prune -o -type f -exec install -m 0644 {} $(abspath $(DESTDIR))$(DATADIR)/{} \;
	# The default config with the installed paths of the plugins and the data.
	sed 's|"dataDir": "data"|"pluginDir": "$(PLUGINDIR)",\n  "dataDir": "$(DATADIR)"|' config/alued.json \
	    > $(DESTDIR)$(CONFDIR)/alued.json.new
	grep -q '"pluginDir": "$(PLUGINDIR)"' $(DESTDIR)$(CONFDIR)/alued.json.new \
	    || { echo 'config/alued.json no longer has "dataDir": "data"; update the Makefile' >&2; exit 1; }
	chmod 0644 $(DESTDIR)$(CONFDIR)/alued.json.new && mv $(DESTDIR)$(CONFDIR)/alued.json.new $(DESTDIR)$(CONFDIR)/alued.json
	sed -e 's|/usr/sbin/alued|$(SBINDIR)/alued|g' -e 's|/etc/alue/|$(CONFDIR)/|g' config/alued.service \
	    > $(DESTDIR)$(UNITDIR)/alued.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/alued.service
	install -m 0644 config/alued.socket $(DESTDIR)$(UNITDIR)/alued.socket
	if [ -n "$(SYSTEMD_VERSION)" ] && [ "$(SYSTEMD_VERSION)" -lt 253 ]; then \
	    install -D -m 0644 config/alued.service.d/systemd-252.conf $(DESTDIR)$(UNITDIR)/alued.service.d/systemd-252.conf; fi
	install -m 0644 config/alue.sysusers.conf $(DESTDIR)$(SYSUSERSDIR)/alue.conf
	for page in $(MANPAGES); do \
	    target=$(DESTDIR)$(MANDIR)/man$${page##*.}/$$page; \
	    sed 's/@VERSION@/$(VERSION)/' docs/man/$$page > $$target && chmod 0644 $$target || exit 1; done
	# Completions, generated from aluectl's own command table.
	$(BUILD_DIR)/aluectl completion bash > $(DESTDIR)$(BASHCOMPDIR)/aluectl
	$(BUILD_DIR)/aluectl completion zsh > $(DESTDIR)$(ZSHCOMPDIR)/_aluectl
	chmod 0644 $(DESTDIR)$(BASHCOMPDIR)/aluectl $(DESTDIR)$(ZSHCOMPDIR)/_aluectl
	install -m 0644 README.md CHANGELOG.md LICENSE docs/architecture.md docs/plugin-guide.md $(DESTDIR)$(DOCDIR)/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/aluectl $(DESTDIR)$(SBINDIR)/alued $(DESTDIR)$(UNITDIR)/alued.service \
	    $(DESTDIR)$(UNITDIR)/alued.socket $(DESTDIR)$(UNITDIR)/alued.service.d/systemd-252.conf \
	    $(DESTDIR)$(SYSUSERSDIR)/alue.conf $(DESTDIR)$(BASHCOMPDIR)/aluectl $(DESTDIR)$(ZSHCOMPDIR)/_aluectl
	for page in $(MANPAGES); do rm -f $(DESTDIR)$(MANDIR)/man$${page##*.}/$$page; done
	rm -rf $(DESTDIR)$(LIBDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR)
	-rmdir $(DESTDIR)$(UNITDIR)/alued.service.d 2>/dev/null
	@echo "Kept $(CONFDIR) (your config) and /var/lib/alue (the ledger)."

# --- Debian package ------------------------------------------------------------------------------

DEB_ARCH       ?= $(shell dpkg --print-architecture 2>/dev/null || echo amd64)
DEB_DIR        ?= .build
DEB_COMPRESS   ?= xz
DEB_MAINTAINER ?= Alue maintainers <alue@localhost>
DEB_STAGE       = $(DEB_DIR)/deb-stage
DEB             = $(DEB_DIR)/alue_$(VERSION)_$(DEB_ARCH).deb

# The same install (PREFIX=/usr), stripped and with compressed man pages as Debian policy asks, plus
# the control files: conffiles, and maintainer scripts that create the user and enable the socket.
deb:
	rm -rf $(DEB_STAGE)
	$(MAKE) install PREFIX=/usr SYSCONFDIR=/etc DESTDIR=$(abspath $(DEB_STAGE))
	find $(DEB_STAGE)/usr/bin $(DEB_STAGE)/usr/sbin $(DEB_STAGE)/usr/lib/alue -type f \
	    -exec strip --strip-unneeded --remove-section=.comment --remove-section=.note {} \;
	gzip -9n $(DEB_STAGE)/usr/share/man/man*/*
	gzip -9n $(DEB_STAGE)/usr/share/doc/alue/CHANGELOG.md
	{ printf 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: alue\n\n'; \
	  printf 'Files: *\nCopyright: the Alue contributors\nLicense: EUPL-1.2\n\nLicense: EUPL-1.2\n'; sed 's/^$$/./; s/^/ /' LICENSE; } \
	    > $(DEB_STAGE)/usr/share/doc/alue/copyright
	rm $(DEB_STAGE)/usr/share/doc/alue/LICENSE
	install -d $(DEB_STAGE)/DEBIAN
	cd $(DEB_STAGE) && find etc -type f | sed 's|^|/|' > DEBIAN/conffiles
	{ echo 'Package: alue'; \
	  echo 'Version: $(VERSION)'; \
	  echo 'Architecture: $(DEB_ARCH)'; \
	  echo 'Maintainer: $(DEB_MAINTAINER)'; \
	  echo "Installed-Size: $$(du -sk --exclude=DEBIAN $(DEB_STAGE) | cut -f1)"; \
	  echo 'Depends: libc6, libsqlite3-0, libstdc++6, libgcc-s1'; \
	  echo 'Section: admin'; \
	  echo 'Priority: optional'; \
	  echo 'Description: employment-area rules daemon for Finnish public employment services'; \
	  echo ' alued answers, over a local JSON-RPC socket, how the Finnish employment areas'; \
	  echo ' (Act 380/2023) route, procure and pay for employment services, citing the'; \
	  echo ' organising plan for every answer; aluectl is its command-line client.'; \
	  echo ' Needs the Swift runtime of the toolchain it was built with, at the same path.'; \
	} > $(DEB_STAGE)/DEBIAN/control
	install -m 0755 config/debian/postinst config/debian/prerm config/debian/postrm $(DEB_STAGE)/DEBIAN/
	dpkg-deb --root-owner-group -Z$(DEB_COMPRESS) --build $(DEB_STAGE) $(DEB)
	rm -rf $(DEB_STAGE)
	@ls -l $(DEB)

clean:
	$(SWIFT) package clean
	rm -f $(DEB_DIR)/alue_*.deb
