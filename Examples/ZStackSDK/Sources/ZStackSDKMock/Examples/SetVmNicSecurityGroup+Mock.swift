public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetVmNicSecurityGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setVmNicSecurityGroupExample = #"""
        {
          "inventory": [
            {
              "priority": 1,
              "vmNicUuid": "5df08fce9735d5ebb26cc9b3728c242a",
              "securityGroupUuid": "b4a0cbab8a439a87b7898e40b1c8e26f",
              "vmInstanceUuid": "0c5ffe280a47119b433718e79fffad52",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func setVmNicSecurityGroup(
        _ request: SetVmNicSecurityGroup.Request
    ) async throws -> SetVmNicSecurityGroup.Response {
        try Self.example(SetVmNicSecurityGroup.Response.self, json: Self.setVmNicSecurityGroupExample)
    }
}
