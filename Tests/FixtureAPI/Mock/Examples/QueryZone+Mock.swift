public import FixtureAPI

nonisolated extension FixtureMockHandler {
    /// The documented response example of ``QueryZone``.
    static let queryZoneExample = #"""
        {
          "inventories": [
            {
              "uuid": "c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9b",
              "name": "zone-1",
              "state": "Enabled"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with the documented response example.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The documented response example.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryZone(
        _ request: QueryZone.Request
    ) async throws -> QueryZone.Response {
        try Self.example(QueryZone.Response.self, json: Self.queryZoneExample)
    }
}
