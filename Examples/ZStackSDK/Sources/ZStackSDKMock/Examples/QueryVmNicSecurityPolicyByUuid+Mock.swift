public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmNicSecurityPolicyByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmNicSecurityPolicyByUuidExample = #"""
        {
          "inventories": [
            {
              "vmNicUuid": "a69aa35ec1d23f79b2c448bd44c65b64",
              "ingressPolicy": "ingressPolicy",
              "egressPolicy": "egressPolicy",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryVmNicSecurityPolicyByUuid(
        _ request: QueryVmNicSecurityPolicyByUuid.Request
    ) async throws -> QueryVmNicSecurityPolicyByUuid.Response {
        try Self.example(QueryVmNicSecurityPolicyByUuid.Response.self, json: Self.queryVmNicSecurityPolicyByUuidExample)
    }
}
