// filled by the integration tests
