public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVSwitchTypes``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVSwitchTypesExample = #"""
        {
          "success": true,
          "types": [
            "types"
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVSwitchTypes(
        _ request: GetVSwitchTypes.Request
    ) async throws -> GetVSwitchTypes.Response {
        try Self.example(GetVSwitchTypes.Response.self, json: Self.getVSwitchTypesExample)
    }
}
