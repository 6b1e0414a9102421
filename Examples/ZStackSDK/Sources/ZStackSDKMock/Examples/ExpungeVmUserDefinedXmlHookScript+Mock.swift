public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ExpungeVmUserDefinedXmlHookScript``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let expungeVmUserDefinedXmlHookScriptExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func expungeVmUserDefinedXmlHookScript(
        _ request: ExpungeVmUserDefinedXmlHookScript.Request
    ) async throws -> ExpungeVmUserDefinedXmlHookScript.Response {
        try Self.example(ExpungeVmUserDefinedXmlHookScript.Response.self, json: Self.expungeVmUserDefinedXmlHookScriptExample)
    }
}
