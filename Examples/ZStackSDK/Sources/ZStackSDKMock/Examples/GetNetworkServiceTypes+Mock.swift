public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetNetworkServiceTypes``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getNetworkServiceTypesExample = #"""
        {
          "success": true,
          "types": {
            "key": [
              "types"
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getNetworkServiceTypes(
        _ request: GetNetworkServiceTypes.Request
    ) async throws -> GetNetworkServiceTypes.Response {
        try Self.example(GetNetworkServiceTypes.Response.self, json: Self.getNetworkServiceTypesExample)
    }
}
