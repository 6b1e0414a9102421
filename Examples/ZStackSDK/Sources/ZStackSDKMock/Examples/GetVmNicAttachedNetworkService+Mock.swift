public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmNicAttachedNetworkService``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmNicAttachedNetworkServiceExample = #"""
        {
          "success": true,
          "networkServices": [
            "networkServices"
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVmNicAttachedNetworkService(
        _ request: GetVmNicAttachedNetworkService.Request
    ) async throws -> GetVmNicAttachedNetworkService.Response {
        try Self.example(GetVmNicAttachedNetworkService.Response.self, json: Self.getVmNicAttachedNetworkServiceExample)
    }
}
