public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVmUserDefinedXmlHookScript``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVmUserDefinedXmlHookScriptExample = #"""
        {
          "inventory": {
            "uuid": "912266ce2439b67bebe165d949cda4f8",
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
    public func createVmUserDefinedXmlHookScript(
        _ request: CreateVmUserDefinedXmlHookScript.Request
    ) async throws -> CreateVmUserDefinedXmlHookScript.Response {
        try Self.example(CreateVmUserDefinedXmlHookScript.Response.self, json: Self.createVmUserDefinedXmlHookScriptExample)
    }
}
