//! Generators: resources made from kustomization fields (ConfigMaps, Secrets).
