public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetHypervisorTypes``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getHypervisorTypesExample = #"""
        {
          "success": true,
          "hypervisorTypes": [
            "hypervisorTypes"
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getHypervisorTypes(
        _ request: GetHypervisorTypes.Request
    ) async throws -> GetHypervisorTypes.Response {
        try Self.example(GetHypervisorTypes.Response.self, json: Self.getHypervisorTypesExample)
    }
}
