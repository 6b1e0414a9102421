public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmNicInSecurityGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmNicInSecurityGroupExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "priority": 1,
              "vmNicUuid": "055afe00acee3e0a2bc012a46fab4e6b",
              "securityGroupUuid": "6819bace44c8941eb0e40048fa1a2d55",
              "vmInstanceUuid": "e1d36da9631170a44b1f0579763fc893",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryVmNicInSecurityGroup(
        _ request: QueryVmNicInSecurityGroup.Request
    ) async throws -> QueryVmNicInSecurityGroup.Response {
        try Self.example(QueryVmNicInSecurityGroup.Response.self, json: Self.queryVmNicInSecurityGroupExample)
    }
}
