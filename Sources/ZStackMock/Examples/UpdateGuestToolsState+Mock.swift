public import ZStackClient

nonisolated extension ZStackMockHandler {
    /// The documented response example of ``UpdateGuestToolsState``.
    static let updateGuestToolsStateExample = #"""
        {
          "inventory": {
            "vmInstanceUuid": "321e85ca08b335e09f172041f7e710b5",
            "qgaState": "Running",
            "zwatchState": "Running",
            "version": "4.6.11",
            "platform": "Kylin",
            "osType": "Kylin"
          }
        }
        """#

    /// Answers with the documented response example.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The documented response example.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateGuestToolsState(
        _ request: UpdateGuestToolsState.Request
    ) async throws -> UpdateGuestToolsState.Response {
        try Self.example(UpdateGuestToolsState.Response.self, json: Self.updateGuestToolsStateExample)
    }
}
