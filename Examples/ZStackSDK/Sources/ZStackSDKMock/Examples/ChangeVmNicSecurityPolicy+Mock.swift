public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeVmNicSecurityPolicy``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeVmNicSecurityPolicyExample = #"""
        {
          "inventory": {
            "vmNicUuid": "e2c46e78684161a9e3a75704a046b2d4",
            "ingressPolicy": "ingressPolicy",
            "egressPolicy": "egressPolicy",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeVmNicSecurityPolicy(
        _ request: ChangeVmNicSecurityPolicy.Request
    ) async throws -> ChangeVmNicSecurityPolicy.Response {
        try Self.example(ChangeVmNicSecurityPolicy.Response.self, json: Self.changeVmNicSecurityPolicyExample)
    }
}
