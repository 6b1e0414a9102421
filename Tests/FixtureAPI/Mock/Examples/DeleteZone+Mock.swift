public import FixtureAPI

nonisolated extension FixtureMockHandler {
    /// The documented response example of ``DeleteZone``.
    static let deleteZoneExample = #"""
        {}
        """#

    /// Answers with the documented response example.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The documented response example.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    @available(*, deprecated, message: "Deprecated since 5.0. Use DeleteZones instead.")
    public func deleteZone(
        _ request: DeleteZone.Request
    ) async throws -> DeleteZone.Response {
        try Self.example(DeleteZone.Response.self, json: Self.deleteZoneExample)
    }
}
