public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateVmUserDefinedXmlHookScript``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateVmUserDefinedXmlHookScriptExample = #"""
        {
          "inventory": {
            "uuid": "387ef824f25852e0ec91b7dd632f43d7",
            "name": "name",
            "description": "description",
            "type": {},
            "hookScript": "hookScript",
            "libvirtVersion": "libvirtVersion",
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
    public func updateVmUserDefinedXmlHookScript(
        _ request: UpdateVmUserDefinedXmlHookScript.Request
    ) async throws -> UpdateVmUserDefinedXmlHookScript.Response {
        try Self.example(UpdateVmUserDefinedXmlHookScript.Response.self, json: Self.updateVmUserDefinedXmlHookScriptExample)
    }
}
