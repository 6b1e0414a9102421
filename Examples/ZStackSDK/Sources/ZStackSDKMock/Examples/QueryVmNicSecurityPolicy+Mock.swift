public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmNicSecurityPolicy``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmNicSecurityPolicyExample = #"""
        {
          "inventories": [
            {
              "vmNicUuid": "acde812d721cd341ab9fdf3980ccf3a3",
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
    public func queryVmNicSecurityPolicy(
        _ request: QueryVmNicSecurityPolicy.Request
    ) async throws -> QueryVmNicSecurityPolicy.Response {
        try Self.example(QueryVmNicSecurityPolicy.Response.self, json: Self.queryVmNicSecurityPolicyExample)
    }
}
